using System.Net;

namespace Chokepoint.Web.Hosting;

/// <summary>Loopback by default; any other address needs an access key.</summary>
public static class BindPolicy
{
    /// <summary>True when every URL binds a loopback address (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return false;
            var host = uri.Host.Trim('[', ']');
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) continue;
            if (!IPAddress.TryParse(host, out var ip) || !IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip)) return false;
        }
        return true;
    }

    /// <summary>The host names a loopback server answers to: localhost, 127.0.0.1, [::1] and the hosts of <paramref name="urls"/>.</summary>
    public static string[] LoopbackHosts(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        foreach (var url in urls)
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)) hosts.Add(uri.Host);
        return [.. hosts];
    }

    /// <summary>Null when <paramref name="url"/> is a URL the server can listen on (http or https, host, port, no path), else what is wrong.</summary>
    public static string? Malformed(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var normalized = url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return $"--urls '{url}' is not a URL to listen on; expected e.g. http://127.0.0.1:5080";
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
            return $"--urls '{url}' has a path; expected a scheme, host and port only, e.g. http://127.0.0.1:5080";
        return null;
    }

    /// <summary>Null when the binding is allowed, else the reason to refuse starting.</summary>
    public static string? Refusal(IReadOnlyList<string> urls, string? key)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (IsLoopbackOnly(urls)) return null;
        if (!string.IsNullOrEmpty(key) && key.Length >= 12) return null;
        return string.IsNullOrEmpty(key)
            ? $"--urls {string.Join(";", urls)} binds beyond loopback; give an access key with --key KEY or the {WebOptions.KeyVariable} environment variable (every write must present it)"
            : $"the access key is {key.Length} characters long; expected at least 12 when binding beyond loopback";
    }
}
