using Chokepoint.Analysis.Exposure;
using Chokepoint.Application.Wording;

namespace Chokepoint.Application.Handlers;

/// <summary>
/// The exposure tier tree in words (issue 20 §3): read off <see cref="ExposureAnalysis.Tree"/>, the recursion that gives the
/// figure, so it adds up — an item's availability is the sum of what its producers deliver, a producer's the minimum over its
/// essential inputs — and each step of the limiting path says why it limits.
/// </summary>
public static class TierTreeView
{
    /// <summary>The tree of an exposure answer.</summary>
    /// <param name="answer">The handler's answer (its analysis and result).</param>
    /// <param name="maxNodes">Node budget, at least 1.</param>
    public static TierTree Of(ExposureAnswer answer, int maxNodes = 400)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var r = answer.Result;
        var tree = answer.Analysis.Tree(r.Item, r.Importer, r.MadeIn, maxNodes);
        var root = tree.Makers is { } makers ? Producer(makers, r.Item, r.Importer, root: true) : Item(tree.Delivered!);
        var why = new List<string>();
        Walk(root, why);
        return new TierTree(root, why, tree.Cut);
    }

    private static TierLine Item(TierItem node)
    {
        var children = new List<TierLine>();
        foreach (var s in node.Suppliers) children.Add(Producer(s, node.Item, node.Buyer, root: false));
        if (node.Others.Count > 0)
        {
            var figure = node.Others.Fraction - node.Others.Delivered < 1e-9
                ? $"{Format.Frac(node.Others.Fraction)} of supply, nothing lost"
                : $"{Format.Frac(node.Others.Fraction)} of supply, deliver {Format.Frac(node.Others.Delivered)} (not opened: node budget)";
            children.Add(new TierLine("others", null, $"{node.Others.Count} other producer{(node.Others.Count == 1 ? "" : "s")}", figure, null, false, node.Others.Fraction - node.Others.Delivered, []));
        }
        var text = node.NoProducers
            ? "no production data: counted as fully available"
            : $"available {Format.Frac(node.Available)} = what its producers deliver (share × passes × makers' output)";
        string? why = null;
        if (node.Limiting && node.Suppliers.FirstOrDefault(s => s.Limiting) is { } worst)
            why = $"{node.Item} to {node.Buyer}: producer {worst.Producer} ({Format.Frac(worst.Fraction)} of supply) loses the most among flows that pass, {Format.Frac(worst.Lost)} of supply: its makers are at {Format.Frac(worst.MakersAvailable)}.";
        else if (node.Limiting)
            why = $"{node.Item} to {node.Buyer}: lost where the measures stop flows ({Blocked(node)}), not for lack of inputs.";
        return new TierLine("item", node.Item, $"{node.Item} to {node.Buyer}", text, why, node.Limiting, 1 - node.Available, children);
    }

    private static TierLine Producer(TierSupplier s, string item, string buyer, bool root)
    {
        var binding = s.Inputs.FirstOrDefault(i => i.Binding);
        var children = s.Inputs.Select(i => Input(i, s)).ToList();
        var label = s.Producer == s.Country ? s.Producer : $"{s.Producer} (plant in {s.Country})";
        var makers = s.Inputs.Count == 0 || binding is null
            ? $"makers at {Format.Frac(s.MakersAvailable)}"
            : $"makers at {Format.Frac(s.MakersAvailable)} = their scarcest essential input, {binding.Item}";
        if (root) return new TierLine("producer", item, $"{item} {Words.MadeIn} {buyer}", makers, null, s.Limiting, 1 - s.MakersAvailable, children);
        var figure = $"{Format.Frac(s.Fraction)} of supply · passes {Format.Frac(s.Pass)} · {makers} → delivers {Format.Frac(s.Delivered)}";
        var why = s.Limiting ? $"loses the most of {buyer}'s {item} among producers whose exports pass." : null;
        return new TierLine("producer", null, label, figure, why, s.Limiting, s.Lost, children);
    }

    private static TierLine Input(TierInput i, TierSupplier producer)
    {
        var notes = new List<string>();
        if (!i.Essential) notes.Add("not essential: never limits");
        if (i.SwitchedFrom is { } from) notes.Add($"alternative used in place of {from}");
        if (i.Binding) notes.Add("scarcest essential input: sets the makers' output");
        var figure = $"available {Format.Frac(i.Available)}{(i.Detail is null ? "" : $" = what its producers deliver to {producer.Producer}")}{(notes.Count > 0 ? " (" + string.Join("; ", notes) + ")" : "")}";
        var why = i.Limiting ? $"{i.Item} is the scarcest essential input of the makers in {producer.Producer} ({Format.Frac(i.Available)} available): no output without it." : null;
        if (i.Detail is not { } d) return new TierLine("input", i.Item, i.Item, figure, why, i.Limiting, 1 - i.Available, []);
        // The input's own line carries where it comes from: its producers are its children, and the sum holds there too.
        var detail = Item(d);
        var reasons = string.Join(" ", new[] { why, detail.Why }.Where(x => x is not null));
        return new TierLine("input", i.Item, i.Item, figure, reasons.Length == 0 ? null : reasons, i.Limiting, 1 - i.Available, detail.Children);
    }

    private static string Blocked(TierItem node)
    {
        var stopped = node.Suppliers.Where(s => s.Pass < 1 - 1e-9).Select(s => $"{s.Producer} passes {Format.Frac(s.Pass)}").ToList();
        return stopped.Count == 0 ? "no flow listed" : Format.List(stopped);
    }

    // The reasons along the limiting path, in order: each limiting item, producer and input.
    private static void Walk(TierLine line, List<string> why)
    {
        if (!line.Limiting) return;
        if (line.Why is { } w && line.Kind != "producer") why.Add(w); // a producer's reason is its item's sentence
        foreach (var c in line.Children) Walk(c, why);
    }
}
