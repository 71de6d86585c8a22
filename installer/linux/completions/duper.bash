# bash completion for duper(1), the Duper command line. Installed as
# /usr/share/bash-completion/completions/duper. Keep in step with "duper <command> --help".
# shellcheck shell=bash disable=SC2207 # COMPREPLY=($(compgen ...)) is the completion idiom; words have no blanks.

_duper()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n : || return # keep URLs (http://host:9200) in one word
    else
        # Without the bash-completion package: split the line at blanks only, so URLs stay one word.
        local line=${COMP_LINE:0:COMP_POINT}
        read -r -a words <<<"$line"
        [[ -z $line || $line == *[[:blank:]] ]] && words+=("")
        cword=$((${#words[@]} - 1))
        cur=${words[cword]}
        prev=${words[cword - 1]}
    fi

    local commands="follow pause resume forget follow-many unfollow recreate info stats verify check topology auto-follow get-auto-follow
        pause-auto-follow resume-auto-follow delete-auto-follow open close connect config add-cluster delete-cluster
        set-leader-cluster set-follower-cluster test-connection sandbox"
    local config_commands="list import add-cluster delete-cluster set-leader-cluster set-follower-cluster"
    local global="-c --connection --url --username --ca-cert --insecure --json -h --help --version"
    local tuning="--max_read_request_operation_count --max_read_request_size --max_outstanding_read_requests
        --max_write_request_operation_count --max_write_request_size --max_outstanding_write_requests
        --max_write_buffer_count --max_write_buffer_size --max_retry_delay --read_poll_timeout"

    # The command (and "config"'s sub-command): the first words that are not options or option values.
    local command="" sub="" i w
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            -c | --connection | --url | --username | --ca-cert) ((i++)); continue ;;
            -*) continue ;;
        esac
        if [[ -z $command ]]; then
            command=$w
        elif [[ $command == config && -z $sub ]]; then
            sub=$w
            break
        else
            break
        fi
    done
    [[ $command == config && -n $sub ]] && command=$sub
    [[ $command == list ]] && command=config

    # Option values.
    case $prev in
        --ca-cert | --sslCa | --sslCert | --sslKey | --file)
            _duper_files
            return
            ;;
        -i)
            if [[ $command == import ]]; then
                _duper_files
                return
            fi
            ;;
        --level)
            COMPREPLY=($(compgen -W "shard cluster" -- "$cur"))
            return
            ;;
        -r | --role)
            if [[ $command == add-cluster ]]; then
                COMPREPLY=($(compgen -W "leader follower" -- "$cur"))
                return
            fi
            ;;
        --wait_for_active_shards)
            COMPREPLY=($(compgen -W "0 1 all" -- "$cur"))
            return
            ;;
        --fault)
            COMPREPLY=($(compgen -W "remote-disconnected fatal: failing-reads: diverge: hang" -- "$cur"))
            [[ ${COMPREPLY[0]} == *: ]] && compopt -o nospace 2>/dev/null
            declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            return
            ;;
    esac

    local options
    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$global" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            return
            ;;
        config)
            if [[ -z $sub && $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$config_commands" -- "$cur"))
                return
            fi
            options=""
            ;;
        follow) options="-f --follower_index -l --leader_index --remote_cluster --wait_for_active_shards $tuning" ;;
        pause | unfollow) options="-f --follower_index" ;;
        resume | recreate) options="-f --follower_index $tuning" ;;
        forget) options="-f --follower_index -l --leader_index --leader_url --remote_cluster" ;;
        follow-many)
            options="--remote_cluster --leader_index_patterns --exclusions --follow_index_pattern --dry_run
                --auto_follow_pattern --concurrency --wait_for_active_shards $tuning"
            ;;
        info) options="-i --index --all-connections" ;;
        stats) options="-i --index --level --all-connections" ;;
        verify) options="-f --follower_index --all --leader_url --leader --remote_cluster" ;;
        check)
            options="-f --follower_index --lag-warning --lag-critical --lag-for --last-read-warning
                --last-read-critical --paused-warning --paused-critical --state-file --leader_url --leader
                --remote_cluster"
            ;;
        auto-follow)
            options="-p --auto_follow_pattern_name --remote_cluster --leader_index_patterns
                --leader_index_exclusion_patterns --follow_index_pattern $tuning"
            ;;
        get-auto-follow | pause-auto-follow | resume-auto-follow | delete-auto-follow)
            options="-p --auto_follow_pattern_name"
            ;;
        open | close) options="-f --follower_index -l --leader_index --leader_url" ;;
        connect) options="-r --remote_cluster -s --seeds" ;;
        add-cluster)
            options="-n --name -u --url -r --role --username --apiKey --cloudId --sslCa --sslCert --sslKey --overwrite"
            ;;
        delete-cluster | set-leader-cluster | set-follower-cluster) options="-n --name" ;;
        import) options="-i --file" ;;
        test-connection) options="" ;;
        sandbox)
            COMPREPLY=($(compgen -W "--follower-port --leader-port --followers --shards --workload --tick --user
                --restricted-user --api-key --fault --failing-reads --latency --error-rate -h --help" -- "$cur"))
            return
            ;;
        *) options="" ;;
    esac
    COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
}

_duper_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -F _duper duper
