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
            if (!IPAddress.TryParse(host, out var ip) || !IPAddress.IsLoopback(ip)) return false;
        }
        return true;
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
