namespace Chokepoint.Model.Macro;

/// <summary>
/// The labels along one axis of an MRIO table: the names of the levels (e.g. region, sector) and one key
/// per row or column, a value for each level (e.g. "reg1", "food"). Immutable.
/// </summary>
public sealed class MrioLabels
{
    /// <summary>Creates labels; every key has one value per level name.</summary>
    /// <exception cref="ArgumentException">A key has a different number of values than there are level names.</exception>
    public MrioLabels(IReadOnlyList<string> levelNames, IReadOnlyList<IReadOnlyList<string>> keys)
    {
        ArgumentNullException.ThrowIfNull(levelNames);
        ArgumentNullException.ThrowIfNull(keys);
        for (var i = 0; i < keys.Count; i++)
            if (keys[i].Count != levelNames.Count)
                throw new ArgumentException($"label {i} has {keys[i].Count} levels; expected {levelNames.Count} ({string.Join(", ", levelNames)})", nameof(keys));
        LevelNames = levelNames;
        Keys = keys;
    }

    /// <summary>Names of the levels, outermost first (e.g. ["region", "sector"]); a name may be empty.</summary>
    public IReadOnlyList<string> LevelNames { get; }

    /// <summary>One key per row or column, each a value per level.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Keys { get; }

    /// <summary>Number of rows or columns labelled.</summary>
    public int Count => Keys.Count;

    /// <summary>One-level labels with the given name and values.</summary>
    public static MrioLabels Single(string levelName, IEnumerable<string> values) =>
        new([levelName], values.Select(v => (IReadOnlyList<string>)[v]).ToList());

    /// <summary>The key of entry <paramref name="index"/> joined with '/', e.g. "reg1/food".</summary>
    public string Name(int index) => string.Join('/', Keys[index]);

    /// <summary>The position of the first level named <paramref name="levelName"/>, or the first level if none is.</summary>
    public int LevelOf(string levelName)
    {
        for (var i = 0; i < LevelNames.Count; i++)
            if (string.Equals(LevelNames[i], levelName, StringComparison.Ordinal)) return i;
        return 0;
    }
}
