using System.Collections;
using System.Collections.Concurrent;
using Briefing.Site.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Site.Templates.Scriban;

/// <summary>
/// The one place the site's templates get their rules: every value printed with <c>{{ }}</c> is
/// HTML-escaped unless it is <see cref="TrustedHtml"/>; an unknown variable, member or function
/// is an error; an empty list, an empty string and a missing value are false; loops, recursion
/// and output have limits, so a template that never ends stops with an error instead of a hang.
/// </summary>
internal sealed class SiteTemplateContext : TemplateContext
{
    /// <summary>
    /// Loop steps a page may take, counted across nested loops. Today's facts page takes about
    /// 1,000; content 1,000 times larger takes about a million, so 5 million leaves room and still
    /// stops a runaway loop within a second or two.
    /// </summary>
    public const int MaxLoopSteps = 5_000_000;

    /// <summary>Nested function and partial calls; the real templates nest four deep.</summary>
    public const int MaxCallDepth = 64;

    /// <summary>Characters one page may print (256 Mi): far above a 1,000× facts page, far below memory trouble.</summary>
    public const int MaxOutputLength = 256 * 1024 * 1024;

    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    private readonly int _baseGlobals;
    private readonly IScriptObject _functions;
    private IScriptObject? _scope;

    public SiteTemplateContext(ScriptObject builtins, IScriptObject functions, CancellationToken cancellation)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        LoopLimit = MaxLoopSteps;
        RecursiveLimit = MaxCallDepth;
        OutputLimit = MaxOutputLength;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        // Texts are printed whole and as they are: a long Markdown body is content, not a runaway,
        // and a partial's lines are not re-indented to the column that called it.
        LimitToString = 0;
        AutoIndent = false;
        CancellationToken = cancellation;
        TryGetVariable = NoteMissingVariable;
        TryGetMember = NoteMissingMember;
        PushGlobal(functions);
        _functions = functions;
        _baseGlobals = GlobalCount;
    }

    /// <summary>The name a template asked for that does not exist, and the names it could have meant.</summary>
    public MissingName? LastMissing { get; private set; }

    /// <summary>Escapes what a template prints, except HTML the renderer made itself.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Html);
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));

    /// <summary>
    /// What <c>if</c> tests: nothing, <c>false</c>, an empty string and an empty list are false;
    /// everything else, a zero included, is true (test a count with <c>count &gt; 0</c>).
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        TrustedHtml html => html.Html.Length > 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => value != EmptyScriptObject.Default,
    };

    /// <summary>
    /// Renders <paramref name="template"/> seeing only <paramref name="scope"/> and the functions,
    /// not the caller's values: a partial names what it was given, so a misspelt name cannot
    /// silently find a value of the page that called it.
    /// </summary>
    public string RenderIsolated(Template template, IScriptObject scope)
    {
        var callerScopes = new Stack<IScriptObject>();
        while (GlobalCount > _baseGlobals)
        {
            callerScopes.Push(PopGlobal());
        }

        var callerScope = _scope;
        PushGlobal(scope);
        _scope = scope;
        PushOutput();
        try
        {
            return template.Render(this);
        }
        finally
        {
            PopOutput();
            PopGlobal();
            _scope = callerScope;
            while (callerScopes.Count > 0)
            {
                PushGlobal(callerScopes.Pop());
            }
        }
    }

    /// <summary>Renders a page or layout template with its view's values as variables.</summary>
    public string RenderView(Template template, object view) => RenderIsolated(template, ScopeOf(view));

    /// <summary>
    /// One accessor per view type for every context, where Scriban makes one per context and
    /// reflects over the type each time: each page renders in contexts of its own. The accessors
    /// depend only on the type and on the settings every site context shares, and are only read.
    /// </summary>
    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        target is IScriptObject ? base.GetMemberAccessorImpl(target)! : SharedAccessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target)!);

    private bool NoteMissingVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        value = null;
        LastMissing = new MissingName(span, variable.Name, "value or function", Sorted(_scope?.GetMembers() ?? []),
            Sorted(_functions.GetMembers().Concat(BuiltinObject.GetMembers())));
        return false;
    }

    private bool NoteMissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        LastMissing = new MissingName(span, member, $"member of {TypeName(target)}", Sorted(GetMemberAccessor(target).GetMembers(this, span, target)), []);
        return false;
    }

    private static string[] Sorted(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string TypeName(object target) => target is ScriptObject ? "this object" : target.GetType().Name;

    /// <summary>The variables a view gives a template: its properties, a template object's own names, or a list as <c>items</c>.</summary>
    /// <remarks>Member accessors are shared by every context (see <see cref="GetMemberAccessorImpl"/>); this is their only per-call cost.</remarks>
    public IScriptObject ScopeOf(object? view)
    {
        var scope = new ScriptObject();
        switch (view)
        {
            case null:
                break;
            case IScriptObject given:
                // A template's own object, e.g. `this` or { current: d.current }: its names are already variables.
                return given;
            case IEnumerable and not string:
                scope.SetValue(PartialFunction.ListName, view, readOnly: true);
                break;
            default:
                ViewMembers.CopyInto(scope, view, MemberRenamer);
                break;
        }

        return scope;
    }
}
