package org.litkg.recognition;

import java.util.regex.Pattern;

/** Which organisations' names say they license medicines, beyond an "Administration" or "Agency" head. */
final class Regulators {

    /**
     * A board or council named for the medicines it licenses: "Medicines and Poisons Board", "Pharmacy and
     * Poisons Board", "Medicines Control Council".
     */
    private static final Pattern LICENSING_BODY = Pattern.compile(
            "\\b(?:Medicines|Drugs?|Pharmacy|Poisons|Medical Products)\\b.*\\b(?:Board|Council)$");

    private Regulators() {
    }

    /** Whether an organisation's name, with an agency's head or not, names a drug regulator. */
    static boolean isRegulator(String name, boolean agencyHead) {
        // Korea's "Ministry of Food and Drug Safety" regulates drugs as an Administration or Agency does
        boolean regulator = agencyHead || name.contains("Food and Drug") || licensesMedicines(name);
        return regulator && !name.contains("Public Health"); // "Public Health Agency of Sweden" licenses no drug
    }

    /** Whether the name is a licensing board's, whose "and" joins what it licenses, not two organisations. */
    static boolean licensesMedicines(String name) {
        return LICENSING_BODY.matcher(name).find();
    }
}
