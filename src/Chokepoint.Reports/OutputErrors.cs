namespace Chokepoint.Reports;

/// <summary>
/// Turns a file-system failure while staging output into words about the user's path: the hidden staging name
/// (".NAME.tmp-…") is the tool's business, and "could not find file" for a file being created misleads.
/// </summary>
internal static class OutputErrors
{
    public static OutputFolderException CannotWrite(string verb, string full, string? staging, Exception ex) =>
        new($"{verb} '{full}': {Reason(ex, full, staging)}", ex);

    private static string Reason(Exception ex, string full, string? staging) => ex switch
    {
        UnauthorizedAccessException => "permission denied; expected a folder you can write to",
        FileNotFoundException or DirectoryNotFoundException => "its folder does not accept new files; expected a folder you can write to",
        _ => (staging is null ? ex.Message : ex.Message.Replace(staging, full, StringComparison.Ordinal)).TrimEnd('.'),
    };
}
