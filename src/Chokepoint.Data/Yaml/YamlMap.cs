using System.Globalization;
using Chokepoint.Data.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Data.Yaml;

/// <summary>
/// Typed access to a YAML mapping with diagnostics that carry the node's line and column.
/// Used for controls.yaml and scenario files. Accessors return null (and report) on bad values.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="node"/> read from <paramref name="file"/>.</summary>
    public YamlMap(string file, YamlMappingNode node, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(node);
        File = file;
        _node = node;
        _diagnostics = diagnostics;
    }

    /// <summary>File shown in diagnostics.</summary>
    public string File { get; }
    /// <summary>1-based line of the mapping.</summary>
    public int Line => (int)_node.Start.Line;
    /// <summary>True once any value was rejected.</summary>
    public bool Failed { get; private set; }

    /// <summary>The raw node under <paramref name="key"/>, or null.</summary>
    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;
    }

    /// <summary>A scalar string; reports when required and absent or empty.</summary>
    public string? Text(string key, bool required)
    {
        var n = Node(key);
        if (n is null or YamlScalarNode { Value: null or "" })
        {
            if (required) Error(n ?? _node, $"missing required field '{key}'");
            return null;
        }
        if (n is not YamlScalarNode s) { Error(n, $"'{key}' must be a single value, not a list or mapping"); return null; }
        return s.Value;
    }

    /// <summary>An ISO date.</summary>
    public DateOnly? Date(string key, bool required)
    {
        var t = Text(key, required);
        if (t is null) return null;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(Node(key)!, $"'{Shown.Clip(t)}' in '{key}' is not an ISO date; expected YYYY-MM-DD");
        return null;
    }

    /// <summary>A number in [min, max].</summary>
    public double? Number(string key, double min, double max, bool required = false)
    {
        var t = Text(key, required);
        if (t is null) return null;
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
        {
            Error(Node(key)!, $"'{Shown.Clip(t)}' in '{key}' is not a number; expected {min} to {max}");
            return null;
        }
        if (x < min || x > max)
        {
            Error(Node(key)!, $"{Shown.Clip(t)} in '{key}' is out of range; expected {min} to {max}");
            return null;
        }
        return x;
    }

    /// <summary>An integer in [min, max].</summary>
    public int? Int(string key, int min, int max, bool required = false)
    {
        var x = Number(key, min, max, required);
        if (x is null) return null;
        if (x.Value != Math.Floor(x.Value)) { Error(Node(key)!, $"{x} in '{key}' is not a whole number"); return null; }
        return (int)x.Value;
    }

    /// <summary>A list of scalars: a YAML sequence, or a single scalar (e.g. "*"). Empty when absent.</summary>
    public IReadOnlyList<string> List(string key, bool required = false)
    {
        var n = Node(key);
        switch (n)
        {
            case null:
                if (required) Error(_node, $"missing required field '{key}'");
                return [];
            case YamlScalarNode s:
                return string.IsNullOrEmpty(s.Value) ? [] : [s.Value];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { Length: > 0 } v }) list.Add(v);
                    else Error(child, $"'{key}' entries must be single values");
                }
                return list;
            default:
                Error(n, $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>A nested mapping, or null when absent (reports when it is not a mapping).</summary>
    public YamlMap? Map(string key)
    {
        var n = Node(key);
        if (n is null) return null;
        if (n is YamlMappingNode m) return new YamlMap(File, m, _diagnostics);
        Error(n, $"'{key}' must be a mapping (key: value lines)");
        return null;
    }

    /// <summary>A sequence of mappings (e.g. scope clauses, phases); empty when absent (reports entries that are not mappings).</summary>
    public IReadOnlyList<YamlMap> Maps(string key)
    {
        var n = Node(key);
        if (n is null) return [];
        if (n is not YamlSequenceNode seq) { Error(n, $"'{key}' must be a list of mappings ('- field: value')"); return []; }
        var list = new List<YamlMap>();
        foreach (var child in seq.Children)
        {
            if (child is YamlMappingNode m) list.Add(new YamlMap(File, m, _diagnostics));
            else Error(child, $"'{key}' entries must be mappings ('- field: value')");
        }
        return list;
    }

    /// <summary>Marks this mapping failed because a nested mapping failed.</summary>
    public void Fail() => Failed = true;

    /// <summary>Keys of this mapping, in order.</summary>
    public IEnumerable<string> Keys() => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Warns about keys not read so far (typos such as 'efective').</summary>
    public void WarnUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
            if (k is YamlScalarNode { Value: { } name } && !_read.Contains(name))
                _diagnostics.Warning(File, (int)k.Start.Line, (int)k.Start.Column, $"unknown field '{name}' is ignored");
    }

    /// <summary>Reports an error at <paramref name="at"/>.</summary>
    public void Error(YamlNode at, string message)
    {
        ArgumentNullException.ThrowIfNull(at);
        Failed = true;
        _diagnostics.Error(File, (int)at.Start.Line, (int)at.Start.Column, message);
    }

    /// <summary>Reports an error at the field <paramref name="key"/> (or the mapping when absent).</summary>
    public void Error(string key, string message) => Error(Node(key) ?? _node, message);
}
