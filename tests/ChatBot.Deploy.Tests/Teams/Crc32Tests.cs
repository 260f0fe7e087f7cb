using System.Text;
using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class Crc32Tests
{
    [Fact]
    public void Compute_StandardCheckValue_Matches()
    {
        // The CRC-32/ISO-HDLC check value every implementation is measured against.
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Compute_TwoSpans_EqualsTheirConcatenation()
    {
        Assert.Equal(Crc32.Compute(Encoding.ASCII.GetBytes("IENDdata")), Crc32.Compute(Encoding.ASCII.GetBytes("IEND"), Encoding.ASCII.GetBytes("data")));
    }
}
