namespace Chokepoint.Application.Tables;

/// <summary>What a column holds, so that each surface can align numbers and link ids (the web links items and measures).</summary>
public enum CellKind
{
    /// <summary>Free text: may wrap.</summary>
    Text,

    /// <summary>A number (right-aligned; never cut).</summary>
    Number,

    /// <summary>An item id (linked to the item on the web; never cut).</summary>
    Item,

    /// <summary>A measure id (linked to the measure on the web; never cut).</summary>
    Measure,

    /// <summary>An id, code or date that is never cut.</summary>
    Id,

    /// <summary>A workspace document, written "12" or "#12 file.md p. 3" (linked to the document on the web; never cut).</summary>
    Document,

    /// <summary>A status word such as agrees, conflicts or new (coloured by status on the web; never cut).</summary>
    Status,

    /// <summary>Text from a document with « » around the matched words (a search snippet): highlighted on the web, its markup always shown as text; may wrap.</summary>
    Snippet,

    /// <summary>Numbered references such as "[1] [3]" (each linked to its row of the references table on the web).</summary>
    Reference,

    /// <summary>The number of a reference such as "[3]" that <see cref="Reference"/> cells cite (the target of their links on the web; never cut).</summary>
    Anchor,

    /// <summary>A product whose exposure the row gives (linked on the web to the exposure view of the same question, <see cref="Table.Question"/>; never cut).</summary>
    Exposure,

    /// <summary>The id of a source of sources.csv (linked on the web to the source, its publisher and title on hover; never cut).</summary>
    Source,
}
