using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

public sealed class CurtoisReaderTests
{
    [Theory]
    [MemberData(nameof(SharedInstanceFiles))]
    public void Reads_every_shared_instance_with_the_size_the_readme_lists(string file)
    {
        var instance = CurtoisReader.ReadFile(Path.Combine(SharedInstances.Folder, file));

        var reference = PublishedResults.For(instance.Name);
        Assert.NotNull(reference);
        Assert.Equal(reference.Days, instance.HorizonDays);
        Assert.Equal(reference.Staff, instance.Staff.Count);
        Assert.Equal(reference.ShiftTypes, instance.Shifts.Count);
        Assert.NotEmpty(instance.Cover);
        Assert.All(instance.Staff, s => Assert.Equal(instance.Shifts.Count, s.MaxShifts.Count));
    }

    public static TheoryData<string> SharedInstanceFiles() => SharedInstances.All();

    [Fact]
    public void Reads_every_section_of_instance_1()
    {
        var instance = CurtoisReader.ReadFile(SharedInstances.File(1));

        Assert.Equal("Instance1", instance.Name);
        Assert.Equal(14, instance.HorizonDays);
        Assert.Equal(new ShiftType("D", 480, []), instance.Shifts[0] with { CannotFollow = [] });
        var a = instance.Staff[0];
        Assert.Equal(("A", 14, 4320, 3360, 5, 2, 2, 1), (a.Id, a.MaxShifts[0], a.MaxTotalMinutes, a.MinTotalMinutes,
            a.MaxConsecutiveShifts, a.MinConsecutiveShifts, a.MinConsecutiveDaysOff, a.MaxWeekends));
        Assert.Equal([0], a.DaysOff);
        Assert.Equal([7], instance.Staff[instance.StaffIndex("H")].DaysOff);
        Assert.Equal(21, instance.ShiftOnRequests.Count);
        Assert.Equal(new ShiftRequest(0, 2, 0, 2), instance.ShiftOnRequests[0]);
        Assert.Equal(5, instance.ShiftOffRequests.Count);
        Assert.Equal(new ShiftRequest(instance.StaffIndex("H"), 3, 0, 3), instance.ShiftOffRequests[^1]);
        Assert.Equal(14, instance.Cover.Count);
        Assert.Equal(new CoverRequirement(1, 0, 7, 100, 1), instance.Cover[1]);
    }

    [Fact]
    public void Resolves_rotation_bans_to_shift_indexes()
    {
        var instance = CurtoisReader.ReadFile(SharedInstances.File(14));

        var night = instance.Shifts[instance.ShiftIndex("N")];
        Assert.Equal(600, night.LengthMinutes);
        Assert.Equal(new[] { "E", "D", "L" }, night.CannotFollow.Select(s => instance.Shifts[s].Id));
    }

    [Fact]
    public void Line_ends_byte_order_mark_comments_and_blank_lines_do_not_matter()
    {
        var crlf = MinimalInstance.Text;
        var lf = "\uFEFF# leading comment\n\n" + crlf.Replace("\r\n", "\n");

        var a = CurtoisReader.Parse(crlf);
        var b = CurtoisReader.Parse(lf);

        Assert.Equal(a.HorizonDays, b.HorizonDays);
        Assert.Equal(a.Staff.Select(s => s.Id), b.Staff.Select(s => s.Id));
        Assert.Equal(a.Cover, b.Cover);
    }

    [Fact]
    public void A_shift_type_missing_from_max_shifts_is_limited_only_by_the_horizon()
    {
        var text = MinimalInstance.Text.Replace("A,D=7|N=2,", "A,D=7,");

        var instance = CurtoisReader.Parse(text);

        Assert.Equal(instance.HorizonDays, instance.Staff[0].MaxShifts[instance.ShiftIndex("N")]);
    }
}
