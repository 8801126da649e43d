using System.Text;
using System.Text.Json;

namespace Chokepoint.Fuzz;

/// <summary>
/// Input n of a run, regenerated from (seed, n) alone: a generator seeded with both picks the seed
/// to mutate or the shape to build, so any input can be rebuilt without the ones before it.
/// </summary>
internal static class FuzzInputs
{
    public static readonly IReadOnlyDictionary<string, byte[]> DatasetFiles =
        Seeds.Dataset.ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal);
    private static readonly string[] DatasetNames = [.. Seeds.Dataset.Keys.Order(StringComparer.Ordinal)];
    private static readonly byte[] ScenarioSeed = Encoding.UTF8.GetBytes(Seeds.Scenario);
    private static readonly byte[][] AllSeeds =
        [.. DatasetFiles.Values, ScenarioSeed, .. Seeds.Documents.Select(d => Encoding.UTF8.GetBytes(d.Text))];

    private static Random For(long index, int seed) => new(unchecked((int)(index * 1_000_003) ^ (seed * 7919)));

    /// <summary>The one file input <paramref name="index"/> is (for the dataset, the mutated file of the folder).</summary>
    public static (string Name, byte[] Bytes) File(Target target, long index, int seed)
    {
        var random = For(index, seed);
        switch (target)
        {
            case Target.Dataset:
                var name = DatasetNames[random.Next(DatasetNames.Length)];
                return (name, Mutator.Mutate(DatasetFiles[name], AllSeeds, random));
            case Target.Scenario:
                return ("scenario.yaml", Mutator.Mutate(ScenarioSeed, AllSeeds, random));
            case Target.Html:
                return HtmlShapes.Generate(random, AllSeeds);
            case Target.Evidence:
                var (doc, text) = Seeds.Documents[random.Next(Seeds.Documents.Count)];
                return (doc, Mutator.Mutate(Encoding.UTF8.GetBytes(text), AllSeeds, random));
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "search inputs are not one file; use Search");
        }
    }

    /// <summary>The seed dataset folder with input <paramref name="index"/>'s file in place of its original.</summary>
    public static Dictionary<string, byte[]> DatasetFolder(long index, int seed)
    {
        var (name, bytes) = File(Target.Dataset, index, seed);
        return new Dictionary<string, byte[]>(DatasetFiles, StringComparer.Ordinal) { [name] = bytes };
    }

    public static SearchCase Search(long index, int seed) => SearchShapes.Generate(For(index, seed));

    /// <summary>
    /// Writes input <paramref name="index"/> to <paramref name="saveDir"/> (when given) as TARGET-INDEX-NAME;
    /// a search input as its documents and a JSON file of its queries.
    /// </summary>
    public static void Save(string? saveDir, Target target, long index, int seed)
    {
        if (saveDir is null) return;
        Directory.CreateDirectory(saveDir);
        var prefix = Path.Combine(saveDir, $"{target.ToString().ToLowerInvariant()}-{index}-");
        if (target != Target.Search)
        {
            var (name, bytes) = File(target, index, seed);
            System.IO.File.WriteAllBytes(prefix + name, bytes);
            return;
        }
        var input = Search(index, seed);
        for (var d = 0; d < input.Documents.Count; d++) System.IO.File.WriteAllBytes(prefix + d + "-" + input.Documents[d].Name, input.Documents[d].Bytes);
        System.IO.File.WriteAllText(prefix + "queries.json", JsonSerializer.Serialize(new { surface = input.Surface.ToString(), queries = input.Queries }));
    }
}
