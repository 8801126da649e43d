using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Chokepoint.Data.Yaml;

/// <summary>
/// One streaming pass over YAML events, before the node model is built, that refuses what would
/// crash or stall the YAML library or our readers: nesting deeper than <see cref="YamlDocument.MaxDepth"/>,
/// aliases, lists or mappings used as mapping keys (their hashing recurses, so a recursive or
/// 100,000-long alias chain overflows the stack and billion-laughs keys take exponential time),
/// aliases to a node that is still open (a recursive alias), and documents whose aliases expand to
/// more than <see cref="YamlDocument.MaxExpandedNodes"/> nodes. Work is linear in the text: each
/// anchor's expanded size is computed once when its node closes.
/// </summary>
internal static class YamlGuard
{
    /// <summary>The first problem found, with its place; null when the text passes.</summary>
    public static (Mark At, string Message)? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        long documentNodes = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case DocumentStart:
                    sizes.Clear();
                    documentNodes = 0;
                    break;
                case SequenceStart or MappingStart:
                    if (KeyProblem(frames, "a list or mapping") is { } keyError) return (e.Start, keyError);
                    if (frames.Count >= YamlDocument.MaxDepth)
                        return (e.Start, $"YAML nested more than {YamlDocument.MaxDepth} levels deep; expected plain values and short lists");
                    frames.Push(new Frame(AnchorOf(e), e is MappingStart));
                    break;
                case SequenceEnd or MappingEnd:
                    var closed = frames.Pop();
                    if (closed.Anchor is { } a) sizes[a] = closed.Nodes;
                    if (Add(frames, closed.Nodes, ref documentNodes) is { } tooBig) return (e.Start, tooBig);
                    break;
                case Scalar s:
                    if (!s.Anchor.IsEmpty) sizes[s.Anchor.Value] = 1;
                    if (Add(frames, 1, ref documentNodes) is { } tooBigScalar) return (e.Start, tooBigScalar);
                    break;
                case AnchorAlias alias:
                    if (KeyProblem(frames, $"the alias '*{alias.Value.Value}'") is { } aliasKey) return (e.Start, aliasKey);
                    if (!sizes.TryGetValue(alias.Value.Value, out var size))
                    {
                        if (frames.Any(f => f.Anchor == alias.Value.Value))
                            return (e.Start, $"the alias '*{alias.Value.Value}' refers to a node that contains it (a recursive alias); expected plain values");
                        break; // an unknown anchor: the YAML library reports it with its place
                    }
                    if (Add(frames, size, ref documentNodes) is { } tooBigAlias) return (e.Start, tooBigAlias);
                    break;
            }
        }
        return null;
    }

    private static string? AnchorOf(ParsingEvent e) => e is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : null;

    /// <summary>Counts a finished child in its parent and in the document; toggles the parent's key/value position.</summary>
    private static string? Add(Stack<Frame> frames, long nodes, ref long documentNodes)
    {
        documentNodes = Math.Min(documentNodes + nodes, long.MaxValue / 2);
        if (frames.Count > 0)
        {
            var parent = frames.Peek();
            parent.Nodes = Math.Min(parent.Nodes + nodes, long.MaxValue / 2);
            if (parent.IsMapping) parent.AtKey = !parent.AtKey;
        }
        return documentNodes > YamlDocument.MaxExpandedNodes
            ? $"YAML aliases expand to more than {YamlDocument.MaxExpandedNodes:N0} values; expected a plain file (aliases are rarely needed)"
            : null;
    }

    private static string? KeyProblem(Stack<Frame> frames, string what) =>
        frames.Count > 0 && frames.Peek() is { IsMapping: true, AtKey: true }
            ? $"{what} is used as a mapping key; expected a plain value such as 'name'"
            : null;

    private sealed class Frame(string? anchor, bool isMapping)
    {
        public string? Anchor { get; } = anchor;
        public bool IsMapping { get; } = isMapping;
        public bool AtKey { get; set; } = true;
        public long Nodes { get; set; } = 1;
    }
}
