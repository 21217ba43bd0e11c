namespace CareDirectory.Rules;

/// <summary>Sizes every record obeys; the GraphQL schema descriptions and the docs quote these.</summary>
public static class RecordLimits
{
    public const int NameLength = 300;
    public const int TextLength = 4000;
    public const int ShortTextLength = 200;
    public const int UrlLength = 2000;
    public const int EmailLength = 254;
    public const int LanguageTagLength = 35;
    public const int AreaCodeLength = 64;
    public const int PhoneNumberLength = 40;
    public const int MinimumAge = 0;

    /// <summary>Ages are whole years; above this an age is a typo (HSDS allows any number, our users do not).</summary>
    public const int MaximumAge = 120;

    public const int MaxPhones = 20;
    public const int MaxServiceAreas = 100;
    public const int MaxServiceTypes = 30;
    public const int MaxResourceMinutes = 24 * 60;
}
