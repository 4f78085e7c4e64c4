using Briefing.Serving;

namespace Briefing.Tests;

/// <summary>
/// The preview's path mapping on its own: Kestrel normalises some escapes before a request reaches it,
/// so these cases are checked where the refusal is made, not only end to end.
/// </summary>
public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/deals/", "deals/index.html")]
    [InlineData("/deals/baic-group-catl-2023.html", "deals/baic-group-catl-2023.html")]
    [InlineData("/assets/site%20theme.css", "assets/site theme.css")]
    public void Site_paths_map_to_site_files(string request, string file) =>
        Assert.Equal(file, RequestPath.Resolve(request));

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/deals/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/a\\b")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html%00.pdf")]
    [InlineData("relative.html")]
    public void Paths_that_could_leave_the_site_are_refused(string request) =>
        Assert.Null(RequestPath.Resolve(request));
}
