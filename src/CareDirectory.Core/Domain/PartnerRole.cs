namespace CareDirectory.Domain;

/// <summary>The part an organisation plays in a system of care.</summary>
public enum PartnerRole
{
    ContractedSystemAdministrator,
    MobileResponse,
    CareManagement,
    FamilySupport,
    InteragencyCouncil,
    StateAgency,
    Provider,
}
