namespace CareDirectory.Search.Tests;

/// <summary>
/// Test documents. The NJ and IL records restate facts from the source pages in /work/shared/seeds
/// (001: NJ CSOC Bergen County page, 000: NJ referral page, 002: JCFS System of Care); Spanish texts of real
/// records are our own translations. Records whose id starts with <c>syn-</c> are synthetic, invented to
/// exercise filters (other counties, ages, locations) and say so in their titles.
/// </summary>
public static class DirectoryFixture
{
    public const string Bergen = "34003";
    public const string Essex = "34013";
    public const string Cook = "17031";

    /// <summary>Hackensack, NJ (Bergen County seat), for distance filters.</summary>
    public static readonly GeoPoint Hackensack = new(40.8859, -74.0435);

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        new()
        {
            Id = "nj-careplusnj-mrss", Kind = SearchKind.Partner, State = "NJ", CountyFips = [Bergen],
            Title = "CarePlusNJ Children's Mobile Response and Stabilization Services",
            Description = "PerformCare may authorize mobile response stabilization services (MRSS) to come to your home within one hour "
                + "of notification to provide face-to-face crisis services. The goal is to stabilize behavior and keep your child at home. "
                + "Mobile response is available 24 hours a day, seven days a week, and can offer up to eight weeks of stabilization services. "
                + "CarePlusNJ is the contracted provider of Children's Mobile Response and Stabilization Services in Bergen County.",
            Eligibility = "Youth up to age 21 in Bergen County; not a substitute for psychiatric emergency services where there is imminent risk.",
            ServiceTypeNames = ["Crisis services", "Mobile response and stabilization"],
            ServiceTypeCodes = ["crisis", "crisis.mobile-response"], Roles = ["MobileResponse"],
            Audiences = ["ParentsCaregivers", "Youth"], Languages = ["en"], Status = "Active", MaxAge = 21,
            TitleEs = "CarePlusNJ: Servicios Móviles de Respuesta y Estabilización para Niños",
            DescriptionEs = "Servicios de crisis cara a cara en su hogar dentro de una hora, las 24 horas, los siete días de la semana.",
        },
        new()
        {
            Id = "nj-bergens-promise-cmo", Kind = SearchKind.Partner, State = "NJ", CountyFips = [Bergen],
            Title = "Bergen's Promise Care Management Organization",
            Description = "Bergen's Promise is the contracted Care Management Organization (CMO) for Bergen County. Comprehensive care "
                + "coordination and planning for youth and their families with moderate and complex needs. The Wraparound model brings "
                + "family, professionals, informal and community supports together to develop an individualized care plan.",
            Eligibility = "Youth and families with moderate and complex needs, referred through PerformCare.",
            ServiceTypeNames = ["Care coordination", "Wraparound care management"],
            ServiceTypeCodes = ["care-coordination", "care-coordination.wraparound"], Roles = ["CareManagement"],
            Audiences = ["ParentsCaregivers", "Youth"], Languages = ["en"], Status = "Active", MaxAge = 21,
        },
        new()
        {
            Id = "nj-fso-bergen", Kind = SearchKind.Partner, State = "NJ", CountyFips = [Bergen],
            Title = "Family Support Organization of Bergen County",
            Description = "FSOs offer a variety of supports and services to caregivers of youth with needs, whether the youth are involved "
                + "with the CMO or not. A youth does not have to be engaged in CSOC services for caregivers to access FSO services.",
            ServiceTypeNames = ["Family support", "Peer support"],
            ServiceTypeCodes = ["family-support", "family-support.peer"], Roles = ["FamilySupport"],
            Audiences = ["ParentsCaregivers"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "nj-fso-bergen-p2p", Kind = SearchKind.Meeting, State = "NJ", CountyFips = [Bergen],
            Title = "Parent 2 Parent Support Meeting",
            Description = "Support meetings for parents and caregivers, held by the Family Support Organization of Bergen County.",
            Topics = ["Caregiver support", "Sharing experience"],
            ServiceTypeNames = ["Support group"],
            ServiceTypeCodes = ["family-support", "family-support.support-group"], Roles = ["FamilySupport"],
            Audiences = ["ParentsCaregivers"], Languages = ["en"], Status = "Active",
            NextOccurrence = new DateTimeOffset(2026, 12, 9, 19, 0, 0, TimeSpan.FromHours(-5)),
        },
        new()
        {
            Id = "nj-ciacc-bergen", Kind = SearchKind.Partner, State = "NJ", CountyFips = [Bergen],
            Title = "CIACC of Bergen County",
            Description = "The Children's Interagency Coordinating Council is a local planning body that fosters cross-system service "
                + "planning for youth in the county. It provides a multidisciplinary forum to identify needs and address barriers to "
                + "effective service delivery, in an advisory capacity to county government and DCF.",
            ServiceTypeNames = ["System planning"],
            ServiceTypeCodes = ["planning", "planning.interagency"], Roles = ["InteragencyCouncil"],
            Audiences = ["Professionals", "Public"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "nj-ciacc-bergen-education", Kind = SearchKind.Meeting, State = "NJ", CountyFips = [Bergen],
            Title = "CIACC Education Subcommittee",
            Description = "A partnership between local school districts and local agencies that serve youth and families.",
            Topics = ["Schools", "Cross-system planning"],
            ServiceTypeNames = ["System planning"],
            ServiceTypeCodes = ["planning", "planning.interagency"], Roles = ["InteragencyCouncil"],
            Audiences = ["Educators", "Professionals"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "nj-performcare-csa", Kind = SearchKind.Partner, State = "NJ", Statewide = true,
            Title = "PerformCare, Contracted System Administrator",
            Description = "The single point of entry to New Jersey's Children's System of Care: a 24/7 toll-free access line, "
                + "1-877-652-7624. The parent or guardian must make the call; professionals may help.",
            Eligibility = "New Jersey youth up to age 21 with emotional, behavioral, substance use or developmental needs.",
            ServiceTypeNames = ["Access and referral"],
            ServiceTypeCodes = ["access", "access.referral"], Roles = ["ContractedSystemAdministrator"],
            Audiences = ["ParentsCaregivers", "Educators", "Professionals"], Languages = ["en", "es"], Status = "Active", MaxAge = 21,
            TitleEs = "PerformCare, Administrador del Sistema Contratado",
            DescriptionEs = "La línea de acceso gratuita, las 24 horas, al Sistema de Atención Infantil de Nueva Jersey.",
        },
        new()
        {
            Id = "nj-dcf-town-hall", Kind = SearchKind.Meeting, State = "NJ", Statewide = true,
            Title = "DCF Town Hall for Educators on the Children's System of Care",
            Description = "The NJ Department of Children and Families holds periodic Town Hall meetings for educators on the Children's "
                + "System of Care.",
            Topics = ["Children's System of Care", "Referral for students"],
            ServiceTypeNames = ["Education and outreach"],
            ServiceTypeCodes = ["outreach", "outreach.education"], Roles = ["StateAgency"],
            Audiences = ["Educators"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "nj-dcf-town-hall-recordings", Kind = SearchKind.EducatorResource, State = "NJ", Statewide = true,
            Title = "Town Hall Recordings on the PerformCare Educators Page",
            Description = "Copies of the recordings of DCF Town Hall meetings on the Children's System of Care, posted on PerformCare's "
                + "Educators Page. Educators can check the page regularly for updates.",
            Topics = ["Town hall", "Recordings"], TopicCodes = ["education", "access"],
            ServiceTypeNames = ["Education and outreach"],
            ServiceTypeCodes = ["outreach", "outreach.education"], Roles = ["StateAgency"],
            Audiences = ["Educators"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "nj-performcare-educators-page", Kind = SearchKind.EducatorResource, State = "NJ", Statewide = true,
            Title = "New Jersey Children's System of Care Resources for Educational Professionals",
            Description = "PerformCare's Educators Page with resources on the Children's System of Care for educational professionals.",
            Topics = ["Resources for schools"], TopicCodes = ["education", "access", "referral"],
            ServiceTypeNames = ["Education and outreach"],
            ServiceTypeCodes = ["outreach", "outreach.education"], Roles = ["ContractedSystemAdministrator"],
            Audiences = ["Educators"], Languages = ["en"], Status = "Active",
        },
        new()
        {
            Id = "il-jcfs-soc", Kind = SearchKind.Program, State = "IL", CountyFips = [Cook],
            Title = "JCFS System of Care",
            Description = "An array of services to stabilize the placement of children who are wards of the state of Illinois and are "
                + "living in foster homes, the home of a relative, or are stepping down from residential care.",
            Eligibility = "Children in a relative placement, traditional foster home or DCFS foster home, or returning home from "
                + "residential treatment, living in Local Area Networks 37A, 40, 41, 63, 65 and half of LAN 67. Referral by the DCFS caseworker.",
            Components =
            [
                "Intake and Consultation", "Assessment", "Team Meeting", "Family Therapy", "Individual Therapy",
                "Collateral Therapeutic Interventions", "Court, School and Community Advocacy", "Linkage Services",
                "Crisis Intervention & Response", "Respite Care",
            ],
            ServiceTypeNames = ["Placement stabilization", "Family therapy", "Individual therapy", "Crisis intervention", "Respite"],
            ServiceTypeCodes = ["placement", "placement.stabilization", "therapy", "therapy.family", "therapy.individual", "crisis", "crisis.intervention", "respite"],
            Roles = ["Provider"], Audiences = ["ParentsCaregivers", "Youth"], Languages = ["en"], Status = "Active",
            TitleEs = "Sistema de Atención de JCFS",
            DescriptionEs = "Servicios para estabilizar la colocación de niños en hogares de acogida: terapia familiar, terapia individual, "
                + "intervención en crisis y cuidado de relevo.",
        },
        new()
        {
            Id = "syn-essex-stabilization", Kind = SearchKind.Partner, State = "NJ", CountyFips = [Essex],
            Title = "Synthetic: Essex County Youth Stabilization Team",
            Description = "Synthetic record. A stabilization team for youth in Essex County.",
            ServiceTypeNames = ["Mobile response and stabilization"],
            ServiceTypeCodes = ["crisis", "crisis.mobile-response"], Roles = ["MobileResponse"],
            Audiences = ["Youth"], Languages = ["en"], Status = "Active", Location = new(40.7357, -74.1724),
        },
        new()
        {
            Id = "syn-bergen-teen-group", Kind = SearchKind.Program, State = "NJ", CountyFips = [Bergen],
            Title = "Synthetic: Teen Group Therapy in Hackensack",
            Description = "Synthetic record. Weekly group therapy for teenagers.",
            ServiceTypeNames = ["Group therapy"], ServiceTypeCodes = ["therapy", "therapy.group"], Roles = ["Provider"],
            Audiences = ["Youth"], Languages = ["en", "es"], Status = "Active", MinAge = 13, MaxAge = 17,
            Location = new(40.8864, -74.0477),
        },
        new()
        {
            Id = "syn-bergen-play-therapy", Kind = SearchKind.Program, State = "NJ", CountyFips = [Bergen],
            Title = "Synthetic: Early Childhood Play Therapy",
            Description = "Synthetic record. Play therapy for young children and their caregivers.",
            ServiceTypeNames = ["Individual therapy"], ServiceTypeCodes = ["therapy", "therapy.individual"], Roles = ["Provider"],
            Audiences = ["ParentsCaregivers"], Languages = ["en"], Status = "Active", MinAge = 0, MaxAge = 5,
            Location = new(40.9263, -74.0770),
        },
        new()
        {
            Id = "syn-cook-parent-cafe", Kind = SearchKind.Meeting, State = "IL", CountyFips = [Cook],
            Title = "Synthetic: Parent Café for Foster and Kinship Caregivers",
            Description = "Synthetic record. An evening gathering where caregivers share experience.",
            ServiceTypeNames = ["Support group"], ServiceTypeCodes = ["family-support", "family-support.support-group"],
            Roles = ["Provider"], Audiences = ["ParentsCaregivers"], Languages = ["en", "es"], Status = "Active",
            Location = new(41.8781, -87.6298),
            TitleEs = "Sintético: Café para padres de acogida y familiares cuidadores",
        },
    ];

    public static SearchDocument Get(string id) => Documents.Single(d => d.Id == id);

    public static async IAsyncEnumerable<SearchDocument> Stream(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
