namespace CareDirectory.Bench.Synthetic;

/// <summary>
/// Words and phrases the generator combines. Descriptions deliberately use words people misspell when they search
/// (behavioral, psychiatric, adolescent, therapeutic, accommodation, schizophrenia...), and some records are in Spanish.
/// </summary>
internal static class SyntheticText
{
    public static readonly string[] PlacePrefixes =
    [
        "Ash", "Birch", "Cedar", "Clear", "Copper", "Deer", "Eagle", "Elm", "Fair", "Fox", "Glen", "Granite", "Green",
        "Hazel", "Heron", "Holly", "Iron", "Juniper", "Lake", "Laurel", "Maple", "Meadow", "Mill", "North", "Oak",
        "Pine", "Prairie", "Quarry", "Raven", "Red", "River", "Rock", "Sage", "Silver", "Spring", "Stone", "Sun",
        "Thorn", "Timber", "Willow", "Wolf",
    ];

    public static readonly string[] PlaceSuffixes =
    [
        "brook", "dale", "field", "ford", "gate", "haven", "hill", "hurst", "land", "mont", "more", "port", "ridge",
        "ton", "vale", "view", "wick", "wood", "worth", "crest",
    ];

    public static readonly string[] Surnames =
    [
        "Alvarez", "Bennett", "Brooks", "Castillo", "Chen", "Delgado", "Ellison", "Fitzgerald", "Garcia", "Hernandez",
        "Hughes", "Jefferson", "Kowalski", "Lindqvist", "Martinez", "Nakamura", "Okafor", "Patel", "Quinn", "Ramirez",
        "Schneider", "Thompson", "Underwood", "Vasquez", "Washington", "Yamamoto", "Zimmerman",
    ];

    public static readonly string[] ProviderKinds =
    [
        "Behavioral Health", "Counseling Center", "Psychiatric Associates", "Family Therapy Institute",
        "Adolescent Services", "Therapeutic Day Program", "Child Guidance Clinic", "Wellness Collaborative",
        "Developmental Pediatrics", "Rehabilitation Services", "Youth and Family Services", "Neighborhood Clinic",
    ];

    public static readonly string[] Streets = ["Main", "Church", "Market", "Broad", "Park", "Washington", "Lincoln", "Franklin", "Union", "Center"];

    public static readonly string[] Populations =
    [
        "youth with emotional and behavioral challenges", "children with developmental disabilities",
        "adolescents with substance use concerns", "youth in foster care", "families experiencing a crisis",
        "young people with anxiety or depression", "children with attention-deficit/hyperactivity disorder (ADHD)",
        "youth with early signs of psychosis or schizophrenia", "bereaved children and their families",
    ];

    public static readonly string[] DescriptionPhrases =
    [
        "Offers trauma-informed, family-centered behavioral health care.",
        "Provides psychiatric evaluation and medication management for children and adolescents.",
        "Therapeutic services delivered at home, at school or in the community.",
        "Coordinates reasonable accommodations with schools and occupational therapists.",
        "Supports families through bereavement, separation and other difficult transitions.",
        "Bilingual clinicians are available; interpretation is arranged on request.",
        "Works with pediatricians, schools and child welfare caseworkers.",
        "Focuses on rehabilitation and independent living skills for transition-age youth.",
        "Helps families navigate eligibility, insurance and Medicaid questions.",
        "Uses evidence-based practices such as cognitive behavioral therapy (CBT) and dialectical behavior therapy (DBT).",
    ];

    public static readonly string[] SpanishPhrases =
    [
        "Ofrece servicios de salud mental centrados en la familia para niños y adolescentes.",
        "Atención en español; intérpretes disponibles a pedido.",
        "Apoyo a padres y cuidadores en momentos de crisis.",
        "Servicios gratuitos o de bajo costo según los ingresos de la familia.",
        "Colabora con las escuelas para apoyar el aprendizaje y el bienestar emocional.",
    ];

    public static readonly string[] PaymentOptions = ["Medicaid", "CHIP", "Commercial insurance", "Self-pay", "Sliding scale"];

    public static readonly string[] Durations = ["Up to eight weeks", "About six months", "Twelve to sixteen sessions", "As long as the family needs", "Up to one year"];

    public static readonly string[] WhoRefers = ["parent or legal guardian", "school counselor", "pediatrician", "child welfare caseworker", "the youth (age 14 and older)"];
}
