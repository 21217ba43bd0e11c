using CareDirectory.Domain;

namespace CareDirectory.Bench.Synthetic;

/// <summary>A kind of program a partner in a given system-of-care role typically runs, with its service types.</summary>
internal sealed record ProgramTemplate(string Name, string[] ServiceTypes, string? SpanishName = null)
{
    public static ProgramTemplate[] For(PartnerRole role) => role switch
    {
        PartnerRole.MobileResponse =>
        [
            new("Mobile Response and Stabilization", ["crisis.mobile-response"], "Respuesta Móvil y Estabilización"),
            new("Crisis Intervention", ["crisis.intervention"], "Intervención en Crisis"),
            new("Stabilization Services", ["crisis.mobile-response", "therapy.individual"]),
            new("Crisis Follow-up Care", ["crisis", "linkage"]),
            new("School Crisis Consultation", ["crisis.intervention", "advocacy"]),
        ],
        PartnerRole.CareManagement =>
        [
            new("Wraparound Care Management", ["care-coordination.wraparound"], "Gestión de Cuidado Integral"),
            new("Child and Family Team Meetings", ["care-coordination.team-meeting"]),
            new("Intensive Care Coordination", ["care-coordination"]),
            new("Transition-Age Youth Coordination", ["care-coordination", "linkage"]),
            new("Assessment and Planning", ["assessment"], "Evaluación y Planificación"),
        ],
        PartnerRole.FamilySupport =>
        [
            new("Parent-to-Parent Support", ["family-support.parent-support-group"], "Apoyo de Padre a Padre"),
            new("Peer Support for Caregivers", ["family-support"]),
            new("Family Advocacy", ["advocacy"], "Defensa de la Familia"),
            new("Respite Care", ["respite"], "Cuidado de Relevo"),
            new("Youth Partnership", ["family-support", "linkage"]),
        ],
        PartnerRole.InteragencyCouncil =>
        [
            new("Interagency Council", ["system-planning"]),
            new("Education Subcommittee", ["system-planning", "advocacy"]),
            new("Local Resource Directory", ["linkage"]),
        ],
        PartnerRole.ContractedSystemAdministrator =>
        [
            new("Statewide Access Line", ["access.line"], "Línea de Acceso Estatal"),
            new("Intake and Referral", ["access.intake"]),
        ],
        PartnerRole.StateAgency =>
        [
            new("System of Care Planning", ["system-planning"]),
            new("Family Engagement", ["family-support"]),
        ],
        _ =>
        [
            new("Outpatient Therapy", ["therapy.individual"], "Terapia Ambulatoria"),
            new("Family Therapy", ["therapy.family"], "Terapia Familiar"),
            new("Group Therapy for Adolescents", ["therapy.group"]),
            new("Psychiatric Evaluation", ["assessment"], "Evaluación Psiquiátrica"),
            new("Intensive In-Home Services", ["therapy.family", "therapy.collateral"]),
            new("Therapeutic Recreation", ["linkage"]),
            new("Respite Program", ["respite"]),
        ],
    };
}
