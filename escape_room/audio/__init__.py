"""The game's sound: cues and ambient loops synthesised in code (:mod:`.synth`, :mod:`.cues`),
played through pygame's mixer at the volume the settings ask for (:mod:`.player`)."""
