using Briefing.Core.Validation.Rules;

namespace Briefing.Commands;

/// <summary>
/// The two files `init` writes besides the folders and schemas: a commented briefing.yaml that is valid
/// with no facts yet (its placeholders flagged by check until filled) and a README pointing at the guide.
/// </summary>
internal static class ContentFolderSkeleton
{
    public static string Briefing() => $$"""
        # yaml-language-server: $schema=schemas/briefing.schema.json
        # The briefing itself. Fill each TODO in; `check` flags those left (BRF042).
        title: "TODO: the briefing's title"
        # subtitle: One line under the title
        edition: {{NoPlaceholderIsLeft.PlaceholderDate}}              # placeholder: the day the briefing is issued, YYYY-MM-DD
        publisher: "TODO: who publishes the briefing"
        authors:
          - "TODO: your name or desk"
        language: en
        # archive: ../archive         # folder of the sources' stored plain-text copies; check verifies citations against them
        executiveSummary: |
          TODO: the story in two or three paragraphs, in our own words (Markdown).
        takeaways: []                 # the points a reader must take away, each citing facts:
        #   - text: What the reader should remember.
        #     facts: [fact-id, other-fact-id]
        # keyFigures: [fact-id]       # facts with figures to show large
        risks: []                     # the same shape as takeaways
        outlook: []                   # the same shape as takeaways
        # method: How the facts were curated, for the method page (Markdown).
        # theme:
        #   brandColor: "#1f4e79"     # quote colours: unquoted, YAML reads # as a comment
        #   accentColor: "#c8102e"
        sections:                     # the PDF's sections, in order; charts print in key-figures
          - cover
          - contents
          - executive-summary
          - key-figures
          - deals
          - timeline
          - companies
          - risks-and-outlook
          - sources
          - method
        """;

    public static string Readme() => """
        # Briefing content

        This folder is a Briefing content folder, made by `briefing init`. The authoring guide,
        `content/README.md` in the Briefing project, explains every file kind and field; its
        "Starting a new briefing" section walks from here to a built briefing.

        Next steps (DIR is this folder):

            briefing new source <id> --content DIR
            briefing new company <id> --content DIR
            briefing new fact <id> --content DIR
            briefing check --content DIR
            briefing build --content DIR --templates <project>/templates
        """;
}
