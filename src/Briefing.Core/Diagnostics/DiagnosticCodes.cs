namespace Briefing.Core.Diagnostics;

/// <summary>
/// Every diagnostic code, stable across versions so analysts can look them up.
/// <see cref="All"/> feeds the table in content/README.md; a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "BRF001";
    public const string FileTooLarge = "BRF002";
    public const string TooDeep = "BRF003";
    public const string AnchorsNotAllowed = "BRF004";
    public const string DuplicateKey = "BRF005";
    public const string EmptyDocument = "BRF006";
    public const string ComplexKey = "BRF007";
    public const string NotUtf8 = "BRF008";
    public const string TagsNotAllowed = "BRF009";
    public const string WrongType = "BRF010";
    public const string MissingField = "BRF011";
    public const string UnknownKey = "BRF012";
    public const string UnknownValue = "BRF013";
    public const string BadFormat = "BRF014";
    public const string NumberOutOfRange = "BRF015";
    public const string TooLong = "BRF016";
    public const string ValueReadAsComment = "BRF017";
    public const string DuplicateId = "BRF020";
    public const string IdNotFileName = "BRF021";
    public const string UnknownReference = "BRF022";
    public const string NoCitation = "BRF023";
    public const string PointWithoutFacts = "BRF024";
    public const string KeyFigureWithoutNumber = "BRF025";
    public const string ChartNotInPdf = "BRF026";
    public const string GrowthNotComparable = "BRF027";
    public const string GrowthNotExact = "BRF028";
    public const string SourceAfterEdition = "BRF029";
    public const string GrowthMismatch = "BRF030";
    public const string ConversionMismatch = "BRF031";
    public const string ConflictingFigures = "BRF032";
    public const string FigureSubject = "BRF033";
    public const string UnknownUnit = "BRF034";
    public const string ChartBars = "BRF035";
    public const string StatusOrder = "BRF036";
    public const string DerivationShape = "BRF037";
    public const string DateAfterSource = "BRF038";
    public const string SigningDateMismatch = "BRF039";
    public const string UnusedSource = "BRF040";
    public const string UnusedFact = "BRF041";
    public const string Placeholder = "BRF042";
    public const string RemoteImage = "BRF043";
    public const string MissingContent = "BRF050";
    public const string UnexpectedFile = "BRF051";
    public const string UnreadablePath = "BRF052";
    public const string TemplateError = "BRF060";
    public const string PdfWarning = "BRF070";
    public const string LocatorNotInCopy = "BRF080";
    public const string FigureNotInCopy = "BRF081";
    public const string QuoteNotInCopy = "BRF082";
    public const string StoredCopyMissing = "BRF083";
    public const string ArchiveNotVerified = "BRF084";
    public const string ArchiveVerified = "BRF085";

    /// <summary>Each code with a one-line meaning, in code order.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (YamlSyntax, "The file is not valid YAML."),
        (FileTooLarge, "The file is larger than a content file may be (1 MiB)."),
        (TooDeep, "The document nests deeper than 64 levels."),
        (AnchorsNotAllowed, "Anchors (&), aliases (*) and merge keys (<<) are not supported."),
        (DuplicateKey, "A key appears twice in the same mapping."),
        (EmptyDocument, "The file is empty or holds more than one YAML document."),
        (ComplexKey, "A key is a list or mapping instead of plain text."),
        (NotUtf8, "The file is not UTF-8 text (often a file saved as Latin-1 or Windows-1252)."),
        (TagsNotAllowed, "YAML tags (!!binary, !!python/object, !custom) are not supported."),
        (WrongType, "A value has the wrong shape (text, number, list or mapping)."),
        (MissingField, "A required field is missing or empty."),
        (UnknownKey, "A key the file kind does not have (often a typo)."),
        (UnknownValue, "A value outside the allowed list (e.g. a deal kind)."),
        (BadFormat, "A value in the wrong format (id, date, period, URL, language, colour)."),
        (NumberOutOfRange, "A number is larger than a figure may be (a quadrillion) or has more than 8 decimal places."),
        (TooLong, "A text is longer than a reader would want in its place (a title over 300 characters)."),
        (ValueReadAsComment, "An unquoted value starting with '#' (brandColor: #0b5d3b), which YAML reads as a comment, leaving the key empty."),
        (DuplicateId, "Two entities of the same kind share an id."),
        (IdNotFileName, "An entity's id differs from its file name."),
        (UnknownReference, "An id that refers to no source, company, deal, fact or event."),
        (NoCitation, "Something that must cite a source cites none."),
        (PointWithoutFacts, "A takeaway, risk or outlook point cites no facts."),
        (KeyFigureWithoutNumber, "A key figure names a fact that has no figure, so the PDF would leave it out."),
        (ChartNotInPdf, "A chart no section of the PDF shows: only key-figures prints charts, and briefing.yaml's sections leave it out."),
        (GrowthNotComparable, "A growth rate relates figures of different metrics, subjects, segments or period lengths."),
        (GrowthNotExact, "A growth rate relates hedged figures (more than, about), so it cannot be checked exactly."),
        (SourceAfterEdition, "A source is dated after the briefing's edition."),
        (GrowthMismatch, "A stated growth rate does not match the two figures it relates."),
        (ConversionMismatch, "A stated currency conversion does not match the amount and exchange rate."),
        (ConflictingFigures, "Two sources give different values for the same metric, subject and time."),
        (FigureSubject, "A figure needs exactly one of subject or market."),
        (UnknownUnit, "A figure's unit is not one Briefing knows."),
        (ChartBars, "A chart bar refers to a fact without a figure, or bars mix units."),
        (StatusOrder, "A deal's status history is not in date order."),
        (DerivationShape, "A growth rate or conversion refers to figures of the wrong unit."),
        (DateAfterSource, "A dated step or event is later than every source it cites was published."),
        (SigningDateMismatch, "A deal's signed date differs from the date of its 'signed' status step."),
        (UnusedSource, "A source no fact, deal, company or event cites."),
        (UnusedFact, "A fact no page or point refers to other than the facts table."),
        (Placeholder, "Text still starts with TODO, or a date is still the placeholder 1900-01-01, as `new` or `init` wrote it."),
        (RemoteImage, "A Markdown image loads from another host; it is shown as a link instead."),
        (MissingContent, "The content folder or briefing.yaml is missing."),
        (UnexpectedFile, "A file in the content folder that Briefing does not read."),
        (UnreadablePath, "A content path cannot be read: not a regular file, a broken or looping link, no permission, or a file where a folder belongs."),
        (TemplateError, "A site template does not parse or names a value its page does not have."),
        (PdfWarning, "The PDF could not be set as designed: a font is missing or a character has no glyph."),
        (LocatorNotInCopy, "A citation's paragraph is past the end of the source's stored copy."),
        (FigureNotInCopy, "A figure's number is not printed in any paragraph its citations point at."),
        (QuoteNotInCopy, "A phrase a fact's statement quotes is not word for word in the paragraphs it cites."),
        (StoredCopyMissing, "A source's storedCopy is not a readable file in the archive."),
        (ArchiveNotVerified, "Citations were not checked against stored copies: no archive is named, or its folder is not there."),
        (ArchiveVerified, "Citations were checked against the stored copies (how many)."),
    ];
}
