namespace Chokepoint.Evidence.Insights;

/// <summary>A numbered reference of an insight: the document, paragraph (and page of a PDF) and sentence it rests on.</summary>
/// <param name="Number">1-based number, in order of first use.</param>
/// <param name="Paragraph">1-based paragraph of the document's text (blank lines and page breaks separate paragraphs).</param>
/// <param name="Page">1-based page for a PDF; null for other documents.</param>
/// <param name="Quote">The sentence, cut to 240 characters.</param>
public sealed record InsightReference(int Number, long DocumentId, string Document, string Title, int Paragraph, int? Page, string Quote);
