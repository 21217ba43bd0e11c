using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CareDirectory.Editing;

/// <summary>
/// Key secrets: 32 random bytes, so a plain SHA-256 is enough at rest (there is nothing to brute-force, unlike a
/// password), and lookups stay a single indexed equality match.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "cdk_";

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
