namespace Chokepoint.Model;

/// <summary>The statuses of a licence application.</summary>
public static class LicenceStatuses
{
    /// <summary>Every status, in the order an application moves through them.</summary>
    public static readonly IReadOnlyList<string> All = ["filed", "accepted", "approved", "denied", "withdrawn"];

    /// <summary>True for a status whose decision is still pending.</summary>
    public static bool IsOpen(string status) => status is "filed" or "accepted";
}
