using Chokepoint.Model;

namespace Chokepoint.Application.Wording;

/// <summary>How a source of sources.csv is cited on every surface.</summary>
public static class Sources
{
    /// <summary>"id: publisher, title (date) url", or the bare id when sources.csv lacks it.</summary>
    public static string Label(Dataset dataset, string id)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Sources.TryGetValue(id, out var s) ? $"{id}: {s.Publisher}, {s.Title}{(s.Date.Length > 0 ? $" ({s.Date})" : "")} {s.Url}".TrimEnd() : id;
    }
}
