//! Opening a story and adding an article to it: a new member (its terms into the story's profile
//! and the index), or a copy of an article already in it (folded under the original), and a
//! text shared by several stories.

use super::grouper::*;
use super::vectors::*;
use super::*;

impl StoryGrouper {
    pub(super) fn open_story(&mut self) -> u64 {
        self.next_story += 1;
        let number = self.next_story;
        let slot = match self.free_slots.pop() {
            Some(slot) => {
                self.slot_story[slot as usize] = number;
                slot
            }
            None => {
                self.slot_story.push(number);
                u32::try_from(self.slot_story.len() - 1).expect("fewer than 2^32 open stories")
            }
        };
        self.stories.insert(
            number,
            OpenStory {
                number,
                slot,
                profile: Vec::new(),
                norm: 0.0,
                members: Vec::new(),
                groups: Vec::new(),
                first_day: None,
                last_day: None,
                last_position: 0,
                indexed: Vec::new(),
                recent: Vec::new(),
                recent_lens: RecentLens::default(),
            },
        );
        self.stats.max_open = self.stats.max_open.max(self.stories.len() as u64);
        number
    }

    pub(super) fn add_member(
        &mut self,
        number: u64,
        mut m: Member,
        vector: &[(Term, f32)],
        member_vector: &[(Term, f32)],
        query: &[(Term, f32)],
        signature: Option<(Signature, [u64; minhash::BANDS])>,
    ) {
        let lsh_id = self.next_lsh;
        self.next_lsh += 1;
        let story = self.stories.get_mut(&number).expect("open story");
        let index = story.members.len();
        m.group = story.groups.len();
        if let Some((sig, keys)) = &signature {
            self.lsh.insert_keyed(lsh_id, keys);
            self.lsh_entries.insert(
                lsh_id,
                (
                    LshEntry::Kept {
                        story: number,
                        group: m.group,
                    },
                    sig.clone(),
                ),
            );
        }
        story.groups.push(DupGroup {
            members: vec![index],
            lsh_id,
            signature: signature.map(|(sig, _)| sig),
        });
        story.profile = add_capped(&story.profile, vector, PROFILE_TERMS);
        if self.options.member_weight > 0.0 {
            if story.recent_lens.len() >= MEMBER_VECTORS {
                let oldest = story.recent_lens.pop_front();
                story.recent.drain(..oldest as usize);
            }
            story.recent_lens.push_back(member_vector.len());
            story.recent.extend_from_slice(member_vector);
        }
        story.norm = story.profile.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        touch_days(story, m.day);
        self.recency.remove(&(story.last_position, number));
        story.last_position = m.article.position;
        self.recency.insert((story.last_position, number));
        story.members.push(m);
        for &(t, w) in query {
            let list = self.postings.entry(t).or_default();
            if list.last().map(|x| x.0) != Some(story.slot) {
                list.push((story.slot, w));
                if list.len() > MAX_POSTINGS {
                    list.drain(..MAX_POSTINGS / 2);
                }
                story.indexed.push(t);
            }
        }
    }

    pub(super) fn add_copy(
        &mut self,
        number: u64,
        group: usize,
        lsh_id: u64,
        similarity: f32,
        mut m: Member,
    ) {
        let story = self.stories.get_mut(&number).expect("open story");
        let kept = story.groups[group].members[0];
        m.article.duplicate_of = Some(story.members[kept].article.article.id.clone());
        m.article.similarity = similarity;
        m.group = group;
        let index = story.members.len();
        touch_days(story, m.day);
        self.recency.remove(&(story.last_position, number));
        story.last_position = m.article.position;
        self.recency.insert((story.last_position, number));
        story.members.push(m);
        story.groups[group].members.push(index);
        if story.groups[group].members.len() > self.options.max_copies {
            self.make_shared(number, group, lsh_id);
        }
    }

    /// A duplicate group became too large to be one story's copies: its articles stand alone as
    /// shared text, and its text is remembered as such.
    pub(super) fn make_shared(&mut self, number: u64, group: usize, lsh_id: u64) {
        let mut story = self.stories.remove(&number).expect("open story");
        self.recency.remove(&(story.last_position, number));
        let g = story.groups[group].clone();
        self.lsh.remove(
            lsh_id,
            g.signature.as_ref().expect("copies have signatures"),
        );
        let sig = self.lsh_entries.remove(&lsh_id).expect("lsh entry").1;
        let shared_id = self.next_lsh;
        self.next_lsh += 1;
        self.lsh.insert(shared_id, &sig);
        self.lsh_entries.insert(shared_id, (LshEntry::Shared, sig));
        let leaving: std::collections::HashSet<usize> = g.members.iter().copied().collect();
        let mut kept_members = Vec::new();
        let mut out = Vec::new();
        for (i, m) in story.members.drain(..).enumerate() {
            if leaving.contains(&i) {
                out.push(m);
            } else {
                kept_members.push((i, m));
            }
        }
        self.stats.shared_text += out.len() as u64;
        // Re-index what remains.
        let mut remap = vec![usize::MAX; kept_members.len() + out.len()];
        for (new, (old, _)) in kept_members.iter().enumerate() {
            remap[*old] = new;
        }
        story.members = kept_members.into_iter().map(|(_, m)| m).collect();
        let mut groups = Vec::new();
        let mut group_remap = vec![usize::MAX; story.groups.len()];
        for (gi, mut dg) in story.groups.drain(..).enumerate() {
            if gi == group {
                continue;
            }
            dg.members = dg.members.iter().map(|&i| remap[i]).collect();
            group_remap[gi] = groups.len();
            groups.push(dg);
        }
        for m in &mut story.members {
            m.group = group_remap[m.group];
        }
        for (gi, dg) in groups.iter().enumerate() {
            if let Some((LshEntry::Kept { group, .. }, _)) = self.lsh_entries.get_mut(&dg.lsh_id) {
                *group = gi;
            }
        }
        story.groups = groups;
        for mut m in out {
            m.article.duplicate_of = None;
            m.article.similarity = 0.0;
            self.emit_single(m, StoryFlag::SharedText);
        }
        if story.members.is_empty() {
            self.unindex(&story);
            self.release_slot(story.slot);
        } else {
            story.first_day = story.members.iter().filter_map(|m| m.day).min();
            story.last_day = story.members.iter().filter_map(|m| m.day).max();
            story.last_position = story
                .members
                .iter()
                .map(|m| m.article.position)
                .max()
                .unwrap_or(0);
            self.recency.insert((story.last_position, number));
            self.stories.insert(number, story);
        }
    }
}
