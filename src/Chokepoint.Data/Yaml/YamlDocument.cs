using Chokepoint.Data.Diagnostics;
using YamlDotNet.Core;
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

    /// <summary>
    /// Most values a document may hold once its aliases are expanded (a "billion laughs" file
    /// expands to billions). The default registry holds a few thousand.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>The root node of the single document in <paramref name="text"/>; null when empty or invalid (reported).</summary>
    public static YamlNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stream = new YamlStream();
        try
        {
            if (YamlGuard.Check(text) is { } refused)
            {
                diagnostics.Error(file, (int)refused.At.Line, (int)refused.At.Column, refused.Message);
                return null;
            }
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these instead of a YamlException for some malformed input found by fuzzing
            // (a plain scalar the scanner loses its state on; a global tag that is not a URI).
            diagnostics.Error(file, 0, 0, $"invalid YAML: the YAML reader could not read this file ({ex.Message.TrimEnd('.')}); check quotes, indentation and special characters");
            return null;
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
}
