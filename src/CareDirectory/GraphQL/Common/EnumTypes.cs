using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Common;

/// <summary>A partner's part in a system of care.</summary>
public sealed class PartnerRoleType : EnumerationGraphType<PartnerRole>
{
    public PartnerRoleType()
    {
        Name = "PartnerRole";
        Description = "The part an organisation plays in a system of care (e.g. MOBILE_RESPONSE, CARE_MANAGEMENT).";
    }
}

/// <summary>HSDS service status.</summary>
public sealed class ProgramStatusType : EnumerationGraphType<ProgramStatus>
{
    public ProgramStatusType()
    {
        Name = "ProgramStatus";
        Description = "Whether a program runs (HSDS service status).";
    }
}

/// <summary>Kinds of service areas.</summary>
public sealed class ServiceAreaKindType : EnumerationGraphType<ServiceAreaKind>
{
    public ServiceAreaKindType()
    {
        Name = "ServiceAreaKind";
        Description = "How wide an area is: a whole STATE, a COUNTY, an Illinois Local Area Network (LAN), a ZIP code or a CITY.";
    }
}

/// <summary>Who a meeting or resource is for.</summary>
public sealed class AudienceType : EnumerationGraphType<Audience>
{
    public AudienceType()
    {
        Name = "Audience";
        Description = "Who a meeting or resource is meant for.";
    }
}

/// <summary>Kinds of meetings.</summary>
public sealed class MeetingKindType : EnumerationGraphType<MeetingKind>
{
    public MeetingKindType()
    {
        Name = "MeetingKind";
        Description = "What kind of meeting: support group, council, subcommittee, town hall or training.";
    }
}

/// <summary>How people attend a meeting.</summary>
public sealed class AttendanceModeType : EnumerationGraphType<AttendanceMode>
{
    public AttendanceModeType()
    {
        Name = "AttendanceMode";
        Description = "How people attend: IN_PERSON, VIRTUAL, HYBRID, or UNKNOWN when the source does not say.";
    }
}

/// <summary>Kinds of educator resources.</summary>
public sealed class ResourceKindType : EnumerationGraphType<ResourceKind>
{
    public ResourceKindType()
    {
        Name = "ResourceKind";
        Description = "What an educator resource is: a video, a recording, a guide, a form, a web page or a directory.";
    }
}
