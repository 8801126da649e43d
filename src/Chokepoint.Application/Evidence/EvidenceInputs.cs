using System.Globalization;
using Chokepoint.Application.Inputs;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Application.Evidence;

/// <summary>How the evidence questions accept their inputs, on every surface: industries (with common synonyms) and documents (by id or file).</summary>
public static class EvidenceInputs
{
    /// <summary>Industry ids the document tagger knows.</summary>
    public static IReadOnlyList<string> Industries { get; } = IndustryTagger.Lexicon.Select(l => l.Industry).ToList();

    /// <summary>The industry id for what the user typed ("pharmaceuticals" → pharma); null when absent.</summary>
    public static string? Industry(Session s, string? text)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToLowerInvariant().Replace(' ', '-');
        var id = t switch
        {
            "pharmaceuticals" or "pharmaceutical" or "drugs" or "medicines" => "pharma",
            "rare-earth" or "rare-earth-elements" or "ree" or "magnets" => "rare-earths",
            "battery" or "lithium-ion" or "li-ion" => "batteries",
            "semiconductor" or "chips" or "chip" => "semiconductors",
            "critical-mineral" or "minerals" => "critical-minerals",
            "defense" => "defence",
            _ => t,
        };
        return Industries.Contains(id) ? id
            : throw new RequestException(s.P("industry"), $"{s.P("industry")} '{Resolve.Clip(text)}' is unknown; expected one of {string.Join(", ", Industries)}");
    }

    /// <summary>The document named by its id (with or without #) or its file name; a not-found naming where documents are listed.</summary>
    public static StoredDocument Document(Session s, Workspace workspace, string idOrFile, string parameter)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(idOrFile);
        if (long.TryParse(idOrFile.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && workspace.Document(id) is { } byId) return byId;
        var docs = workspace.Documents();
        return docs.FirstOrDefault(x => x.File == idOrFile) ?? docs.FirstOrDefault(x => Path.GetFileName(x.File) == idOrFile)
            ?? throw new RequestException(parameter, $"no document '{Resolve.Clip(idOrFile)}' in the workspace; {Listing(s)} lists them", ErrorKind.NotFound);
    }

    /// <summary>Where the documents are listed, on the asking surface.</summary>
    public static string Listing(Session s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Surface == Surface.Cli ? "'chokepoint documents'" : "GET /api/v1/documents";
    }

    /// <summary>Cuts a text to <paramref name="max"/> characters for a table cell.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }
}
