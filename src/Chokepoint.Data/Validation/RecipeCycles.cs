using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>Finds cycles in recipes.csv by depth-first search and prints each as a -> b -> a.</summary>
internal static class RecipeCycles
{
    public static void Check(DatasetTables t, DiagnosticBag d)
    {
        var edges = t.Recipes.GroupBy(r => r.Output).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var stack = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.ContainsKey(start)) continue;
            // Iterative DFS so that deep recipe chains cannot overflow the stack.
            var frames = new Stack<(string Node, int Next)>();
            frames.Push((start, 0));
            state[start] = 1;
            stack.Add(start);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Pop();
                var lines = edges.TryGetValue(node, out var l) ? l : [];
                if (next >= lines.Count)
                {
                    state[node] = 2;
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }
                frames.Push((node, next + 1));
                var line = lines[next];
                var input = line.Input;
                if (!state.TryGetValue(input, out var s))
                {
                    state[input] = 1;
                    stack.Add(input);
                    frames.Push((input, 0));
                }
                else if (s == 1)
                {
                    var from = stack.IndexOf(input);
                    var cycle = stack.Skip(from).Append(input).ToList();
                    var key = string.Join(",", cycle.Skip(1).Order(StringComparer.Ordinal));
                    if (reported.Add(key))
                        d.Error(line.Origin.File, line.Origin.Line, d.FieldOf(line.Origin.File, 2), $"recipes form a cycle: {string.Join(" -> ", cycle)}; expected inputs to lead down to raw materials");
                }
            }
        }
    }
}
