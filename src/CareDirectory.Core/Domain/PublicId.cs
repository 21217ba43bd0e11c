using System.Buffers.Text;
using System.Text;

namespace CareDirectory.Domain;

/// <summary>
/// Opaque, stable global ids: base64url of "<c>TypeName:uuid</c>". Stable because the uuid is the record's HSDS id,
/// which never changes; opaque so clients do not build them by hand.
/// </summary>
public static class PublicId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
            {
                return false;
            }

            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
