namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

/// <summary>
/// A small hand-written instance in the benchmark format: 7 days (Mon–Sun), shifts D (480 min) and
/// N (600 min, D may not follow N), two employees, one day off, one wish of each kind, cover of one D a day.
/// </summary>
internal static class MinimalInstance
{
    public const string Text =
        "# hand-written\r\n" +
        "SECTION_HORIZON\r\n" +
        "7\r\n" +
        "\r\n" +
        "SECTION_SHIFTS\r\n" +
        "# ShiftID, Length in mins, Shifts which cannot follow this shift | separated\r\n" +
        "D,480,\r\n" +
        "N,600,D\r\n" +
        "\r\n" +
        "SECTION_STAFF\r\n" +
        "A,D=7|N=2,2400,960,3,2,2,1\r\n" +
        "B,D=7|N=0,2400,0,3,1,1,1\r\n" +
        "\r\n" +
        "SECTION_DAYS_OFF\r\n" +
        "B,6\r\n" +
        "\r\n" +
        "SECTION_SHIFT_ON_REQUESTS\r\n" +
        "A,0,D,2\r\n" +
        "\r\n" +
        "SECTION_SHIFT_OFF_REQUESTS\r\n" +
        "B,2,D,3\r\n" +
        "\r\n" +
        "SECTION_COVER\r\n" +
        "0,D,1,100,1\r\n" +
        "1,D,1,100,1\r\n" +
        "2,D,1,100,1\r\n" +
        "3,D,1,100,1\r\n" +
        "4,D,1,100,1\r\n" +
        "5,D,1,100,1\r\n" +
        "6,D,1,100,1\r\n";
}
