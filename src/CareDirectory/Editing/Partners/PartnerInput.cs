using CareDirectory.Domain;

namespace CareDirectory.Editing.Partners;

/// <summary>createPartner / updatePartner / archivePartner input; on update, null fields stay as they are.</summary>
public sealed class PartnerInput : RecordInput
{
    /// <summary>USPS state code; create only.</summary>
    public string? State { get; set; }

    public string? Name { get; set; }

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public List<PartnerRole>? Roles { get; set; }

    public List<PhoneInput>? Phones { get; set; }

    public List<ServiceAreaInput>? ServiceAreas { get; set; }
}
