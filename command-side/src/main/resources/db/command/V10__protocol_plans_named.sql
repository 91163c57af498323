-- R8 (clause 3.4): an approval needs a resolution of the cited protocol that names the plan only
-- where the protocol was recorded once resolutions had to name the plans they approve. A protocol
-- recorded before (or one whose resolutions the registry could not read from the event store, as
-- when the events are in Axon Server) is not held to it: its resolutions named plans, if at all, in
-- their text.
ALTER TABLE registry_protocol ADD COLUMN plans_named BOOLEAN NOT NULL DEFAULT false;
