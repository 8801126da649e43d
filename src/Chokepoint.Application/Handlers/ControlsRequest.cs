namespace Chokepoint.Application.Handlers;

/// <summary>controls: which measures to list, as the user gave them (every filter optional).</summary>
/// <param name="AsOf">YYYY-MM-DD; today when null.</param>
/// <param name="Issuer">ISO3 of the issuer.</param>
/// <param name="Target">ISO3 of a destination.</param>
/// <param name="Item">Item id or name.</param>
/// <param name="Hs">HS code prefix.</param>
/// <param name="Status">Status word (in_force, suspended, …).</param>
/// <param name="Code">Any code a text uses: HS or national tariff line (4–10 digits), ECCN, China's dual-use list number.</param>
public sealed record ControlsRequest(string? AsOf = null, string? Issuer = null, string? Target = null, string? Item = null, string? Hs = null, string? Status = null, string? Code = null);
