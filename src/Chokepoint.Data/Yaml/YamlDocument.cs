using Chokepoint.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Data.Yaml;

/// <summary>Parses YAML text with YamlDotNet, turning syntax errors into diagnostics with their line.</summary>
public static class YamlDocument
{
    /// <summary>
    /// Deepest nesting of sequences and mappings accepted. YamlDotNet's node model recurses once per
    /// level, so a file of 100,000 '[' would overflow the stack and kill the process; the dataset
    /// needs three or four levels.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The root node of the single document in <paramref name="text"/>; null when empty or invalid (reported).</summary>
    public static YamlNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stream = new YamlStream();
        try
        {
            if (FirstTooDeep(text) is { } deep)
            {
                diagnostics.Error(file, (int)deep.Line, (int)deep.Column, $"YAML nested more than {MaxDepth} levels deep; expected a list of measures holding plain values and short lists");
                return null;
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
            diagnostics.Error(file, (int)ex.Start.Line, (int)ex.Start.Column, $"invalid YAML: {message.Split('\n')[0]}");
            return null;
        }
        if (stream.Documents.Count > 1)
            diagnostics.Error(file, (int)stream.Documents[1].RootNode.Start.Line, 0, "several YAML documents in one file; expected one");
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Where nesting first exceeds <see cref="MaxDepth"/>, from the (non-recursive) event parser; null when it never does.</summary>
    private static Mark? FirstTooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
