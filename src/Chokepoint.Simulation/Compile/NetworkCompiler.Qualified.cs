using Chokepoint.Model;

namespace Chokepoint.Simulation.Compile;

/// <summary>Parts qualified from one firm (sourcing_rules.csv kind <c>qualified</c>; docs/model.md "Qualified parts").</summary>
public static partial class NetworkCompiler
{
    private sealed partial class Compilation
    {
        /// <summary>
        /// A maker's input under a qualified rule, as two essential slots with the same stock cover: the rule's share bought
        /// from the firm's plants only (by their world shares), the rest from the maker's mix without those plants. Neither
        /// stands in for the other, and the engine's reallocation of an item's lost supply reaches each slot by its own
        /// suppliers. The rest keeps the line's alternatives.
        /// </summary>
        private void SourceQualified(int node, string item, RecipeLine line, SourcingRule rule, string country, double output, Dictionary<string, int> index)
        {
            var share = Math.Clamp((rule.SharePct ?? 100) / 100, 0, 1);
            var firm = rule.OriginCountry;
            var split = Chokepoint.Analysis.Exposure.SourcingMix.Qualified(dataset, line.Input, country, firm);
            var plants = split.Firm.Select(s => (s.Country, s.Fraction)).ToArray();
            var others = split.Others.Select(s => (s.Country, s.Fraction)).ToArray();
            if (plants.Length == 0 || (others.Length == 0 && share < 1))
            {
                _notes.Add($"{item} in {country}: qualified rule {rule.Id} left unapplied ({(plants.Length == 0 ? $"no plant of {firm} makes {line.Input}" : $"no supplier of {line.Input} other than {firm}")})");
                var pooled = Slot(node, line.Input, line.Quantity, line.Essential, country, item);
                Source(pooled, line.Input, country, output * line.Quantity, index, item);
                AddAlternatives(node, pooled, item, line, index);
                return;
            }
            var qualified = Slot(node, line.Input, line.Quantity * share, line.Essential, country, item);
            Source(qualified, line.Input, country, output * line.Quantity * share, index, item, plants);
            if (share >= 1) return;
            var rest = Slot(node, line.Input, line.Quantity * (1 - share), line.Essential, country, item);
            Source(rest, line.Input, country, output * line.Quantity * (1 - share), index, item, others);
            AddAlternatives(node, rest, item, line, index);
        }
    }
}
