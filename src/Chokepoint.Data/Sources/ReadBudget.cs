namespace Chokepoint.Data.Sources;

/// <summary>
/// The bytes one dataset load may read across all its files (the base folder, the --with overlay and the
/// scenarios together). Each file is capped at <see cref="GuardedText.MaxBytes"/>; this caps their sum, since
/// parsed tables take about 25 times the bytes of their text. Not thread-safe (one per load).
/// </summary>
public sealed class ReadBudget
{
    /// <summary>Default budget of one load: 64 MiB of text, the cap of one file, so two large files no longer double the peak.</summary>
    public const long DefaultBytes = GuardedText.MaxBytes;

    /// <summary>A budget of <paramref name="maxBytes"/> (at least 1).</summary>
    public ReadBudget(long maxBytes = DefaultBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    /// <summary>Most bytes the load may read.</summary>
    public long MaxBytes { get; }

    /// <summary>Bytes read so far.</summary>
    public long UsedBytes { get; private set; }

    /// <summary>Bytes still allowed.</summary>
    public long RemainingBytes => MaxBytes - UsedBytes;

    /// <summary>Counts <paramref name="bytes"/> as read; false (nothing counted) when they would pass the budget.</summary>
    public bool TryTake(long bytes)
    {
        if (bytes > RemainingBytes) return false;
        UsedBytes += bytes;
        return true;
    }
}
