using System.Security.Cryptography;
using System.Text.Json;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// What a stored claim label depends on, as one hex string: SHA-256 of every table of the dataset (as JSON) and of the
/// build of the code that works labels out (the module version ids of this assembly and the model's: deterministic
/// builds give the same id for the same source). A label stored under another fingerprint is stale.
/// </summary>
internal static class DatasetFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = false, WriteIndented = false };

    public static string Of(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(DatasetFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        sha.AppendData(typeof(Dataset).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        sha.AppendData(JsonSerializer.SerializeToUtf8Bytes(dataset.Tables, Options));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
