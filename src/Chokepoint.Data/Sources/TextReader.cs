using System.Text;
using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Data.Sources;

/// <summary>Reads a dataset file as UTF-8 text, refusing binary, oversized or mis-encoded files with a diagnostic.</summary>
public static class GuardedText
{
    /// <summary>Largest dataset file accepted, in bytes (64 MiB). Larger files are refused before parsing.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="relativePath"/> from <paramref name="source"/>; null when absent or refused (then a diagnostic says why).
    /// With a <paramref name="budget"/>, a file that would take the load past it is refused too.
    /// </summary>
    public static string? Read(IDataSource source, string relativePath, DiagnosticBag diagnostics, bool required, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var shown = source.PathOf(relativePath);
        if (source.IsFolder(relativePath))
        {
            diagnostics.Error(shown, 0, 0, $"'{relativePath}' is a folder; expected a file (rename or remove the folder{(required ? "" : ", or leave the optional file out")})");
            return null;
        }
        using var stream = source.Open(relativePath);
        if (stream is null)
        {
            if (required) diagnostics.Error(shown, 0, 0, $"required file '{relativePath}' is missing from {source.DisplayName}");
            return null;
        }
        if (stream.CanSeek && stream.Length > MaxBytes)
        {
            diagnostics.Error(shown, 0, 0, $"file is {stream.Length / (1024 * 1024)} MiB; expected at most {MaxBytes / (1024 * 1024)} MiB");
            return null;
        }
        if (budget is not null && stream.CanSeek && stream.Length > budget.RemainingBytes)
        {
            OverBudget(shown, stream.Length, budget, diagnostics);
            return null;
        }
        var bytes = ReadCapped(stream);
        if (bytes is null)
        {
            diagnostics.Error(shown, 0, 0, $"file is larger than {MaxBytes / (1024 * 1024)} MiB");
            return null;
        }
        if (budget is not null && !budget.TryTake(bytes.LongLength))
        {
            OverBudget(shown, bytes.LongLength, budget, diagnostics);
            return null;
        }
        return Decode(shown, bytes, diagnostics);
    }

    /// <summary>Decodes <paramref name="bytes"/> (of the file shown as <paramref name="shown"/>) as strict UTF-8; null when binary or mis-encoded (then a diagnostic says why).</summary>
    public static string? Decode(string shown, byte[] bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(shown, LineAt(bytes, nul), 0, "file looks binary (contains a NUL byte); expected UTF-8 text");
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            var marks = 0;
            while (marks < text.Length && text[marks] == '\uFEFF') marks++;
            // Two or more byte-order marks come from a file converted to UTF-8 twice; left in, the second one
            // becomes part of the first column's name ("missing column 'id'" with no reason given).
            if (marks > 1) diagnostics.Warning(shown, 1, 1, $"file starts with {marks} byte-order marks (EF BB BF); read as one — re-save it as UTF-8 to drop the extra ones");
            return text[marks..];
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(shown, LineAt(bytes, Math.Max(0, ex.Index)), 0, "file is not valid UTF-8; expected UTF-8 text");
            return null;
        }
    }

    private static void OverBudget(string shown, long bytes, ReadBudget budget, DiagnosticBag diagnostics) =>
        diagnostics.Error(shown, 0, 0, $"file is {Mib(bytes)} MiB and the files read before it {Mib(budget.UsedBytes)} MiB; expected at most {Mib(budget.MaxBytes)} MiB for the whole dataset (with --with and the scenarios); not read");

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[]? ReadCapped(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static int LineAt(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
