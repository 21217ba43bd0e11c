namespace CareDirectory.Domain;

/// <summary>
/// The kinds of phone service: HSDS's list (from RFC 6350: text for SMS, voice, fax, cell, video, pager, textphone)
/// plus the two our sources name, hotline and tty, so an HSDS file and an editor can both say what they mean.
/// </summary>
public static class PhoneTypes
{
    public const string Voice = "voice";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Voice, "text", "fax", "cell", "video", "pager", "textphone", "hotline", "tty",
    };
}
