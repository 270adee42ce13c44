package org.wanqi.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccountRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRolesContaining(Role role);
}
