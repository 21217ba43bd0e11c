namespace CareDirectory.Editing;

/// <summary>A phone number as an editor gives it; the number must be E.164.</summary>
public sealed class PhoneInput
{
    public string? Number { get; set; }

    public string? Type { get; set; }

    public string? Description { get; set; }

    public bool TollFree { get; set; }
}
