namespace CareDirectory.Places;

/// <summary>
/// Public reference data for one state or DC: postal code, Census FIPS code, primary IANA time zone, the number of
/// counties (or equivalents) and a rough centre for generated coordinates. Sources: U.S. Census Bureau ANSI/FIPS
/// codes and county counts, IANA time zone database.
/// </summary>
public sealed record UsState(string Code, string Name, string Fips, string TimeZone, int CountyCount, double Latitude, double Longitude)
{
    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "Alabama", "01", "America/Chicago", 67, 32.8, -86.8),
        new("AK", "Alaska", "02", "America/Anchorage", 30, 61.4, -150.0),
        new("AZ", "Arizona", "04", "America/Phoenix", 15, 34.3, -111.7),
        new("AR", "Arkansas", "05", "America/Chicago", 75, 34.9, -92.4),
        new("CA", "California", "06", "America/Los_Angeles", 58, 37.2, -119.5),
        new("CO", "Colorado", "08", "America/Denver", 64, 39.0, -105.5),
        new("CT", "Connecticut", "09", "America/New_York", 8, 41.6, -72.7),
        new("DE", "Delaware", "10", "America/New_York", 3, 39.0, -75.5),
        new("DC", "District of Columbia", "11", "America/New_York", 1, 38.9, -77.0),
        new("FL", "Florida", "12", "America/New_York", 67, 28.6, -82.4),
        new("GA", "Georgia", "13", "America/New_York", 159, 32.7, -83.4),
        new("HI", "Hawaii", "15", "Pacific/Honolulu", 5, 20.8, -156.3),
        new("ID", "Idaho", "16", "America/Boise", 44, 44.4, -114.6),
        new("IL", "Illinois", "17", "America/Chicago", 102, 40.0, -89.2),
        new("IN", "Indiana", "18", "America/Indiana/Indianapolis", 92, 39.9, -86.3),
        new("IA", "Iowa", "19", "America/Chicago", 99, 42.1, -93.5),
        new("KS", "Kansas", "20", "America/Chicago", 105, 38.5, -98.4),
        new("KY", "Kentucky", "21", "America/New_York", 120, 37.5, -85.3),
        new("LA", "Louisiana", "22", "America/Chicago", 64, 31.1, -92.0),
        new("ME", "Maine", "23", "America/New_York", 16, 45.4, -69.2),
        new("MD", "Maryland", "24", "America/New_York", 24, 39.0, -76.8),
        new("MA", "Massachusetts", "25", "America/New_York", 14, 42.3, -71.8),
        new("MI", "Michigan", "26", "America/Detroit", 83, 44.3, -85.4),
        new("MN", "Minnesota", "27", "America/Chicago", 87, 46.3, -94.3),
        new("MS", "Mississippi", "28", "America/Chicago", 82, 32.7, -89.7),
        new("MO", "Missouri", "29", "America/Chicago", 115, 38.4, -92.5),
        new("MT", "Montana", "30", "America/Denver", 56, 47.0, -109.6),
        new("NE", "Nebraska", "31", "America/Chicago", 93, 41.5, -99.8),
        new("NV", "Nevada", "32", "America/Los_Angeles", 17, 39.3, -116.6),
        new("NH", "New Hampshire", "33", "America/New_York", 10, 43.7, -71.6),
        new("NJ", "New Jersey", "34", "America/New_York", 21, 40.2, -74.7),
        new("NM", "New Mexico", "35", "America/Denver", 33, 34.4, -106.1),
        new("NY", "New York", "36", "America/New_York", 62, 42.9, -75.5),
        new("NC", "North Carolina", "37", "America/New_York", 100, 35.6, -79.4),
        new("ND", "North Dakota", "38", "America/Chicago", 53, 47.5, -100.5),
        new("OH", "Ohio", "39", "America/New_York", 88, 40.3, -82.8),
        new("OK", "Oklahoma", "40", "America/Chicago", 77, 35.6, -97.5),
        new("OR", "Oregon", "41", "America/Los_Angeles", 36, 43.9, -120.6),
        new("PA", "Pennsylvania", "42", "America/New_York", 67, 40.9, -77.8),
        new("RI", "Rhode Island", "44", "America/New_York", 5, 41.7, -71.5),
        new("SC", "South Carolina", "45", "America/New_York", 46, 33.9, -80.9),
        new("SD", "South Dakota", "46", "America/Chicago", 66, 44.4, -100.2),
        new("TN", "Tennessee", "47", "America/Chicago", 95, 35.9, -86.4),
        new("TX", "Texas", "48", "America/Chicago", 254, 31.5, -99.3),
        new("UT", "Utah", "49", "America/Denver", 29, 39.3, -111.7),
        new("VT", "Vermont", "50", "America/New_York", 14, 44.1, -72.7),
        new("VA", "Virginia", "51", "America/New_York", 133, 37.5, -78.8),
        new("WA", "Washington", "53", "America/Los_Angeles", 39, 47.4, -120.5),
        new("WV", "West Virginia", "54", "America/New_York", 55, 38.6, -80.6),
        new("WI", "Wisconsin", "55", "America/Chicago", 72, 44.6, -89.9),
        new("WY", "Wyoming", "56", "America/Denver", 23, 43.0, -107.6),
    ];
}
