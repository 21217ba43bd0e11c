using System.Security.Cryptography;
using System.Text;

namespace CareDirectory.Domain;

/// <summary>Derives a name-based UUID (RFC 9562 version 5 layout) from a stable key, so a record keeps its id across re-seeding.</summary>
public static class StableId
{
    private static readonly byte[] _namespace = Guid.Parse("6f0f3c1e-6c2b-4d1a-9e55-0c8a1f1b7a10").ToByteArray(bigEndian: true);

    public static Guid For(string entityType, string key)
    {
        var name = Encoding.UTF8.GetBytes($"{entityType}:{key}");
        var input = new byte[_namespace.Length + name.Length];
        _namespace.CopyTo(input, 0);
        name.CopyTo(input, _namespace.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; not used for security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
