namespace Chokepoint.Model;

/// <summary>Where a row came from: file name (as shown to users) and 1-based line.</summary>
public readonly record struct Origin(string File, int Line)
{
    /// <summary>An origin for rows built in code (tests, scenarios).</summary>
    public static Origin Code { get; } = new("<code>", 0);

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
