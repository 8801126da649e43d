namespace Chokepoint.Data.Parts;

/// <summary>
/// Which header of the user's file holds each field of a parts list. The default header is
/// <c>part,description,code,origin,supplier,supplier_country,quantity_per_year,stock_days,end_use</c> (end_use optional); a mapping such as
/// <c>part=Part No,code=HS code</c> renames some fields and keeps the defaults for the others.
/// </summary>
public sealed class PartsColumns
{
    /// <summary>The fields, in the default header's order.</summary>
    public static readonly IReadOnlyList<string> Fields = ["part", "description", "code", "origin", "supplier", "supplier_country", "quantity_per_year", "stock_days", "end_use"];

    /// <summary>The fields every parts list must have.</summary>
    public static readonly IReadOnlyList<string> Required = ["part", "code", "origin"];

    private readonly Dictionary<string, string> _headers;

    private PartsColumns(Dictionary<string, string> headers) => _headers = headers;

    /// <summary>The default header.</summary>
    public static PartsColumns Default { get; } = new(Fields.ToDictionary(f => f, f => f, StringComparer.Ordinal));

    /// <summary>The header name expected for <paramref name="field"/>.</summary>
    public string HeaderOf(string field) => _headers[field];

    /// <summary>
    /// Parses <c>field=Header,…</c>; null with <paramref name="problem"/> set when a field is unknown or a pair is malformed.
    /// </summary>
    public static PartsColumns? Parse(string? map, out string? problem)
    {
        problem = null;
        var headers = Fields.ToDictionary(f => f, f => f, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(map)) return new PartsColumns(headers);
        foreach (var pair in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1)
            {
                problem = $"'{pair}' is not FIELD=HEADER; expected e.g. part=Part No,code=HS code";
                return null;
            }
            var field = pair[..eq].Trim().ToLowerInvariant();
            if (!headers.ContainsKey(field))
            {
                problem = $"unknown field '{field}'; expected one of {string.Join(", ", Fields)}";
                return null;
            }
            headers[field] = pair[(eq + 1)..].Trim();
        }
        return new PartsColumns(headers);
    }
}
