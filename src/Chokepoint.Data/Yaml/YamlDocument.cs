using Chokepoint.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Data.Yaml;

/// <summary>Parses YAML text with YamlDotNet, turning syntax errors into diagnostics with their line.</summary>
public static class YamlDocument
{
    /// <summary>The root node of the single document in <paramref name="text"/>; null when empty or invalid (reported).</summary>
    public static YamlNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stream = new YamlStream();
        try
        {
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
}
