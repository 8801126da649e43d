namespace Chokepoint.Data.Diagnostics;

/// <summary>Shortens user values quoted in messages, so that a 5 MB field does not make a 5 MB diagnostic.</summary>
internal static class Shown
{
    /// <summary>Longest value quoted in a message, in characters.</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="value"/> trimmed, cut to <see cref="MaxLength"/> with "..." when longer.</summary>
    public static string Clip(string value, int maxLength = MaxLength)
    {
        var s = value.Trim();
        return s.Length <= maxLength ? s : string.Concat(s.AsSpan(0, maxLength - 3), "...");
    }
}
