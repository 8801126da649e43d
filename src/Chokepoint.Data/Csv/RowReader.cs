using System.Globalization;
using System.Text.RegularExpressions;
using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Data.Csv;

/// <summary>
/// Typed access to the fields of one CSV row. Each accessor reports a diagnostic naming the file,
/// line, column, value and what was expected, and returns null when the value is unusable, so a
/// reader can collect every problem of a row before deciding to drop it.
/// </summary>
public sealed partial class RowReader
{
    private readonly CsvTable _table;
    private readonly CsvRow _row;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Reads <paramref name="row"/> of <paramref name="table"/>.</summary>
    public RowReader(CsvTable table, CsvRow row, DiagnosticBag diagnostics)
    {
        _table = table;
        _row = row;
        _diagnostics = diagnostics;
    }

    /// <summary>True once any field of this row was rejected.</summary>
    public bool Failed { get; private set; }

    /// <summary>Line of the row.</summary>
    public int Line => _row.Line;

    /// <summary>Raw text of <paramref name="column"/>, trimmed; empty when the column is absent.</summary>
    public string Raw(string column)
    {
        var i = _table.IndexOf(column);
        return i < 0 ? "" : _row.Fields[i].Trim();
    }

    /// <summary>A required non-empty text field.</summary>
    public string? Text(string column)
    {
        var v = Raw(column);
        if (v.Length == 0) return Fail(column, $"empty required field '{column}'; expected a value");
        return v;
    }

    /// <summary>A required lowercase-kebab id (e.g. ndfeb-magnet).</summary>
    public string? Id(string column)
    {
        var v = Text(column);
        if (v is null) return null;
        return KebabId().IsMatch(v) ? v : Fail(column, $"'{Shown.Clip(v)}' in '{column}' is not a lowercase-kebab id; expected e.g. 'refined-lithium'");
    }

    /// <summary>A required ;-separated list of lowercase-kebab ids (e.g. two sources), as written.</summary>
    public string? Ids(string column)
    {
        var v = Text(column);
        if (v is null) return null;
        foreach (var id in v.Split(';', StringSplitOptions.TrimEntries))
            if (!KebabId().IsMatch(id))
                return Fail(column, $"'{Shown.Clip(id)}' in '{column}' is not a lowercase-kebab id; expected ids such as 'usgs-mcs-2025' separated by ';'");
        return string.Join(';', v.Split(';', StringSplitOptions.TrimEntries));
    }

    /// <summary>A required country: ISO3 uppercase letters, ROW, or "*" when <paramref name="allowEveryone"/>.</summary>
    public string? Country(string column, bool allowEveryone = false)
    {
        var v = Text(column);
        if (v is null) return null;
        if (allowEveryone && v == "*") return v;
        return Iso3().IsMatch(v) ? v : Fail(column, $"'{Shown.Clip(v)}' in '{column}' is not an ISO 3166-1 alpha-3 code; expected three capital letters such as 'CHN' or 'ROW'{(allowEveryone ? ", or '*'" : "")}");
    }

    /// <summary>A required integer in [min, max].</summary>
    public int? Int(string column, int min, int max)
    {
        var v = Text(column);
        if (v is null) return null;
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return FailNull<int>(column, $"'{Shown.Clip(v)}' in '{column}' is not an integer; expected a whole number between {min} and {max}");
        if (n < min || n > max)
            return FailNull<int>(column, $"{n} in '{column}' is out of range; expected {min} to {max}");
        return n;
    }

    /// <summary>A number in [min, max]; null (without diagnostic) when empty and not <paramref name="required"/>.</summary>
    public double? Number(string column, double min, double max, bool required = true)
    {
        var v = Raw(column);
        if (v.Length == 0)
            return required ? FailNull<double>(column, $"empty required field '{column}'; expected a number") : null;
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
            return FailNull<double>(column, $"'{Shown.Clip(v)}' in '{column}' is not a number; expected a decimal such as 12.5");
        if (x < min)
            return FailNull<double>(column, min == 0 ? $"{Shown.Clip(v)} in '{column}' is negative; expected a value ≥ 0" : $"{Shown.Clip(v)} in '{column}' is below {min}; expected {min} to {max}");
        if (x > max)
            return FailNull<double>(column, $"{Shown.Clip(v)} in '{column}' is above {max}; expected {min} to {max}");
        return x;
    }

    /// <summary>A required boolean: true/false (also yes/no, 1/0).</summary>
    public bool? Bool(string column)
    {
        var v = Text(column);
        if (v is null) return null;
        return v.ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            _ => FailNull<bool>(column, $"'{Shown.Clip(v)}' in '{column}' is not a boolean; expected true or false"),
        };
    }

    /// <summary>A value parsed by <paramref name="parse"/>, reporting the valid spellings when it fails.</summary>
    public T? Choice<T>(string column, Func<string, T?> parse, IReadOnlyList<string> valid) where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        var v = Text(column);
        if (v is null) return null;
        var parsed = parse(v);
        return parsed ?? FailNull<T>(column, $"unknown {column} '{Shown.Clip(v)}'; expected one of {string.Join(", ", valid)}");
    }

    /// <summary>A ;-separated list (empty entries dropped).</summary>
    public IReadOnlyList<string> List(string column) =>
        Raw(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An optional ISO date (YYYY-MM-DD); empty string when empty.</summary>
    public string? OptionalDate(string column)
    {
        var v = Raw(column);
        if (v.Length == 0) return "";
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? v : Fail(column, $"'{Shown.Clip(v)}' in '{column}' is not an ISO date; expected YYYY-MM-DD");
    }

    /// <summary>Reports a problem with <paramref name="column"/> without rejecting the row.</summary>
    public void Warn(string column, string message) =>
        _diagnostics.Warning(_table.File, _row.Line, Column(column), message);

    /// <summary>Reports an error on <paramref name="column"/> and marks the row failed.</summary>
    public void Error(string column, string message)
    {
        Failed = true;
        _diagnostics.Error(_table.File, _row.Line, Column(column), message);
    }

    private int Column(string column) => _table.IndexOf(column) + 1;

    /// <summary>1-based field number of <paramref name="column"/> in this file's header; 0 when the column is absent.</summary>
    public int FieldNumber(string column) => Column(column);

    private string? Fail(string column, string message)
    {
        Error(column, message);
        return null;
    }

    private T? FailNull<T>(string column, string message) where T : struct
    {
        Error(column, message);
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3();
}
