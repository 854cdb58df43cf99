package dev.mailclip.forward;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardSubjectsTest {
    @Test
    void forwardPrefixesOfSeveralLanguages() {
        for (String subject : new String[] {"FW: x", "Fwd: x", "WG: x", "TR : x", "RV: x", "I: x", "ENC: x",
                "Doorst: x", "PD: x", "VB: x", "転送： x"}) {
            assertTrue(ForwardSubjects.isForward(subject), subject);
        }
    }

    @Test
    void repliesAndRepliesToForwardsAreNot() {
        for (String subject : new String[] {"Re: x", "AW: WG: x", "SV: x", "Note: x", "x", "", "FW x"}) {
            assertFalse(ForwardSubjects.isForward(subject), subject);
        }
        assertFalse(ForwardSubjects.isForward(null));
    }

    @Test
    void originalDropsEveryLeadingForwardPrefix() {
        assertEquals("Plan", ForwardSubjects.original("Fwd: FW: Plan"));
        assertEquals("Re: Plan", ForwardSubjects.original("WG: Re: Plan"));
        assertNull(ForwardSubjects.original("FW: "));
    }
}
